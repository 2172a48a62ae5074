"""What each label on a sheet or a pin is for: the first thing the parsers decide.

A specimen carries several kinds of label, and each field comes from the kind that carries it:

- `data`: the specimen's own label (where, when, who collected it);
- `determination`: determination slips, annotation and type labels (names, "det.", their dates);
- `curatorial`: the holding institution's stamps and headers, accession, register and
  digitisation stamps ("Databased 2011", "Reg. No. 1957-12"), duplicate lists ("Dupl. sent to
  ..."), lines that record an acquisition ("Reçu le ...", "Received Mar. 1879") and printers'
  imprints on forms (`curatorial_dates`): their dates, places and people are never the specimen's;
- `donor`: a former owner's or a giver's label ("Ex Name Coll.", "Name Bequest"): the person is
  not the collector;
- `barcode`: a catalogue number printed alone (a barcode's human-readable line).

The cue words are a table (`data/label_roles.csv`), per language; the decision is made on whole
lines: a label whose lines are all stamp lines, numbers and years is curatorial, one with a data
key or a dated place is data whatever header it also prints (a printed form's "HERBARIUM OF X"
above "Coll. ... Date ..."). Unknown text is presumed data: taking a stamp for data costs a doubt
the confidence can carry, taking the data label for a stamp would lose the specimen's fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, lru_cache

from pipelines.fields.curatorial_dates import curatorial_line
from pipelines.fields.dates import COLLECTOR_YEAR, DATE_LIKE, date_alone, find_dates
from pipelines.fields.institution_names import (
    data_after_heading,
    header_address,
    institution_name,
    named_beside,
    place_named_after,
    survey_line,
)
from pipelines.fields.lexicon import alternation, data_rows, institution_words
from pipelines.fields.ocr_slips import figures_as_letters, letters_as_figures
from pipelines.fields.regions import find_hits
from pipelines.fields.registers import REGISTER_NUMBER, YEAR
from pipelines.fields.slips import unkeyed_slip
from pipelines.fields.text import (
    Label,
    Line,
    Misreadings,
    address_shaped,
    is_header,
    is_institution,
    names_street,
)


class Role(StrEnum):
    data = "data"
    determination = "determination"
    curatorial = "curatorial"
    donor = "donor"
    barcode = "barcode"


@dataclass(frozen=True)
class Cues:
    start: re.Pattern[str]
    end: re.Pattern[str]
    whole: re.Pattern[str]
    anywhere: re.Pattern[str]

    def search(self, line: str) -> bool:
        return bool(
            self.start.match(line)
            or self.end.search(line)
            or self.whole.fullmatch(line)
            or self.anywhere.search(line)
        )


_NONE = re.compile(r"(?!)")


@cache
def _cues() -> dict[tuple[Role, str], Cues]:
    """(role, the role the label must also show, or "") -> the cue patterns."""
    words: dict[tuple[str, str, str], list[str]] = {}
    for row in data_rows("label_roles.csv"):
        # a preparation's heading and a type's copy's are cues heading their line
        where = "start" if row["where"] in ("prep", "copy") else row["where"]
        words.setdefault((row["role"], row["needs"], where), []).append(row["cue"])

    def pattern(
        key: tuple[str, str], where: str, template: str, *, also: str = "", flags: int = 0
    ) -> re.Pattern[str]:
        got = words.get((*key, where), []) + words.get((*key, also), [])
        if where == "any":
            # a stamp's word anywhere as written or in a stamp's capitals ("DIGITISED 12 NOV
            # 2014", "IMAGED 2015", "DATABASED"), not in any case ("Bequest" is no "BEQUEST"'s
            # only spelling, but "bequest" in a sentence may be a place's story)
            got = got + [w.upper() for w in got]
        # a cue heading its line may end in the OCR's comma for its full stop ("Conf, K. Muster")
        cue = alternation(got, comma_stop=where == "start")
        return re.compile(template.format(cue), flags) if got else _NONE

    out: dict[tuple[Role, str], Cues] = {}
    for role, needs in {(r, n) for r, n, _ in words}:
        out[(Role(role), needs)] = Cues(
            # a cue word heads the line (after a quote, a bracket or a bullet): "Det. A. Name"
            # in any case: printed headers and stamps set it in capitals ("HERB. HORT. X.")
            # (a stamp's cue after the institution's initials: "NHM Image 2015", "BM IMAGED",
            # "NY Acc. No. 123456")
            start=pattern(
                (role, needs),
                "start",
                r"^[\W_]{{0,3}}"
                + (r"(?:(?-i:[A-Z]{{2,6}})\s+)?" if role == Role.curatorial.value else "")
                + r"{}(?![^\W\d_])",
                flags=re.IGNORECASE,
            ),
            # "A. Name Coll.", "A. Name collection": after a name on the same line ("Coll." alone
            # under a name is how collectors sign)
            end=pattern((role, needs), "end", r"[^\W\d_][.,]?\s+{}[\s.,;:]*$"),
            # a cue alone on its line, in any case ("DIGITISED", "imaged"): a stamp's one word
            whole=pattern(
                (role, needs), "line", r"[\W_]*{}[\W_]*", also="any", flags=re.IGNORECASE
            ),
            anywhere=pattern((role, needs), "any", r"(?<![^\W\d_]){}(?![^\W\d_])"),
        )
    return out


# a catalogue number alone: an institution's letters and a long number, or the number alone
_CATALOGUE_LINE = re.compile(r"[\W_]*(?:[A-Z]{1,6}[\s.:-]{0,3})?[\d\s.\"',-]{5,}[\W_]*")
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]\d\d|20[0-3]\d)(?!\d)")
# decimal degrees ("-33.86882 151.20929") are a place, not a number to file by
_DECIMAL_DEGREES = re.compile(r"-?\d{1,3}\.\d{2,}\s*[,;]?\s+-?\d{1,3}\.\d{2,}")
# what a stamp adds beside its cue: a year, a number, a short code in capitals ("GPI", "BR-S.P."),
# each code a word of its own (a place's or a person's name in capitals is no code: "SAMPLA
# HILLS", "K. MUSTER" on an insect's data label beside its register number "B.M. 1927-131.")
_STAMP_FILLER = re.compile(r"[\W_]*(?:[A-Z]{1,5}(?![^\W\d_])[\W_]*){0,3}[\d\W_]*")
# a name of a few words, no figures: "A. B. Name", "Name"
_SHORT_NAME = re.compile(r"[^\W\d_][^\d]{0,40}")
# degrees, kilometres, metres and feet: a place measured
_MEASURED = re.compile(r"\d\s*°|\d\s*(?:km|m|ft|feet)\b\.?|\d['’]\s*[NSEW]\b", re.IGNORECASE)
# a web address: printed on digitisation stamps and institutions' labels, never by a collector
_WEB_ADDRESS = re.compile(r"\bhttps?://|\bwww\.[\w-]+\.")
# a form's columns on one line ("Det.:<tab>Alt.: 1200 m"): each column starts its own key
_COLUMNS = re.compile(r"\t+|\s{3,}")

# A digitisation stamp prints, around its resolver's address, the specimen's id, the day it was
# imaged in ISO form, the name of the unit that imaged it, the museum's name with its older
# number and a drawer word, one to a line ("http://id.example.org/ / Digitarium / XYZ.1060 /
# 2013-03-26 / MUSEUM EXEMPLI / UNIV. (X), EXAMPLETOWN / 1234567 / QUADR."): none of them is the
# specimen's, however the transcriber cut the stamp into labels.
_ISO_DATE = re.compile(r"[\W_]*(?:1[6-9]\d\d|20[0-3]\d)-[01]?\d-[0-3]?\d[\W_]*")
# a specimen's id: a collection's letters, then its number ("XYZ.1060", "AB-C-D001234")
_SPECIMEN_ID = re.compile(r"[\W_]*[A-Za-z]{1,8}(?:[.:-]?[A-Za-z]{1,4})*[.:-]?\d[\d.:-]+[\W_]*")
# one word alone on its line: the unit's name ("Digitarium"), a drawer word ("QUADR.")
_ONE_WORD = re.compile(r"[\W_]*[^\W\d_]+\.?[\W_]*")


@cache
def _cue_misreadings() -> Misreadings:
    """The table's cue words, to read them as the OCR misread them ("ANNOTATI0N LABEL",
    "Determlnavit", "Databascd"), with the institutions' names: a word of theirs is no misread
    cue ("Museum" is no "Muséum")."""
    institutions = institution_words("name")
    return Misreadings.of([*(r["cue"] for r in data_rows("label_roles.csv")), *institutions])


@cache
def _type_misreadings() -> Misreadings:
    """A type's status words of the table, read with a letter lost or wrong from seven letters
    ("HOLOTPE", "Paratpe"): no other word of a label is that close to one."""
    words = [r["cue"] for r in data_rows("label_roles.csv") if _TYPE_WORD.search(r["cue"])]
    return Misreadings.of(words, edited_min=7)


def _line_cues(text: str) -> set[tuple[Role, str]]:
    found = _read_cues(text)
    if not found and (fixed := _repair_cues(text)) != text:
        return _read_cues(fixed)
    return found


@lru_cache(maxsize=8192)
def _repair_cues(text: str) -> str:
    # (a figure read for a letter first: "C0NF. K. MUSTER", "ANNOTATI0N LABEL")
    return _type_misreadings().repair(_cue_misreadings().repair(figures_as_letters(text)))


def _read_cues(text: str) -> set[tuple[Role, str]]:
    # "Loc . :", "Det . :" as transcribers and OCR space them
    line = re.sub(r"\s+(?=[.:,;])", "", text.strip())
    columns = [c.strip() for c in _COLUMNS.split(line)]
    found = {key for key, cues in _cues().items() if any(cues.search(c) for c in columns)}
    # an institution's name on a line of its own; a longer line naming one is more often a place
    # or a name beside it ("Forest Service Road 12", "Example College Herbarium (EX) Aus bus L.")
    if is_institution(line) and len(re.findall(r"[^\W\d_]{2,}", line)) <= 5:
        found.add((Role.curatorial, ""))
    if not found and institution_name(line) and not (is_institution(line) and named_beside(line)):
        # a header or a stamp in any language ("SAMPLETONI ÜLIKOOLI HERBAARIUM", "ГЕРБАРИЙ ...")
        found.add((Role.curatorial, ""))
    if COLLECTOR_YEAR.search(line):
        # a collector and his year in a heading's parentheses: "Herbier du X (Mr Muster 1840)"
        found = {(Role.data, "")} | {c for c in found if c[0] is not Role.curatorial}
    if _WEB_ADDRESS.search(line):
        found.add((Role.curatorial, ""))  # a resolver's or a web site's address: a stamp
    if curatorial_line(line):
        # "Reçu le 3 mars 1950", "donné par Mme X en 1907", a printer's "1234—25/4/34—10,000"
        # (data/curatorial_dates.csv)
        found.add((Role.curatorial, ""))
    return found


# what a cue may need beside the roles (label_roles.csv, column needs): a register's number
_REGISTER = "register"


def _label_line_roles(label: Label, index: Sequence[int]) -> list[set[Role]]:
    """The roles of `label.lines[i]` for i in `index`, counting a cue that needs another role
    ("A. Name Coll." needs a register's line to be a donor's) only where the label shows it; a
    digitisation stamp's lines are curatorial whatever they print."""
    texts = [label.lines[i].text for i in index]
    cues = [_line_cues(t) for t in texts]
    shown: set[str] = {role for c in cues for role, _ in c}
    # a register's number: a stamp's line with figures ("B.M. 1932-456", "Reg. No. 1234"), not
    # an institution's name alone ("K. Muster coll." under "Essig Museum of Entomology" on a
    # dated label is its collector)
    if any(
        (Role.curatorial, "") in c and re.search(r"\d", t) for c, t in zip(cues, texts, strict=True)
    ):
        shown.add(_REGISTER)
    # a cue that needs another role counts beside a stamp's word of the table on its own line no
    # more: the stamp's kind of collection ("Carpological collection") names no donor
    stamps = _cues().get((Role.curatorial, ""))
    # beside a giver's own line ("Presented by the X Dept.", "Purchased from ...") the register
    # records that giver: "K. Muster coll." signs the collector ("B.M. 1931.3.12 / Exampla / Lake
    # Sampla / K. Muster coll. / Presented by the X Fisheries Dept.")
    giver = any((Role.donor, "") in c for c in cues)
    roles = [
        {
            role
            for role, needs in c
            if not needs
            or (
                needs in shown
                and not (stamps is not None and stamps.search(t))
                and not (needs == _REGISTER and giver)
            )
        }
        for c, t in zip(cues, texts, strict=True)
    ]
    stamp = set(digitisation_stamp(label))
    return [r | {Role.curatorial} if i in stamp else r for i, r in zip(index, roles, strict=True)]


class _Part(StrEnum):
    """What a line can be on a digitisation stamp."""

    address = "address"
    date = "date"
    ident = "id"
    word = "word"
    other = "other"  # the museum's name, a number, a code in capitals


@lru_cache(maxsize=8192)
def _stamp_part(text: str) -> _Part | None:
    """What a line is on a stamp, or None (cached: every label's lines are asked several times
    while roles are decided)."""
    line = text.strip()
    if _WEB_ADDRESS.search(line):
        return _Part.address
    if _ISO_DATE.fullmatch(line):
        return _Part.date
    if DATE_LIKE.search(line):
        return None  # any other date is written by hand, not stamped
    if _SPECIMEN_ID.fullmatch(line):
        return _Part.ident
    if _ONE_WORD.fullmatch(line):
        return _Part.word
    if _STAMP_FILLER.fullmatch(line) or is_institution(line):
        return _Part.other
    cues = {role for role, _ in _line_cues(line)}
    return _Part.other if cues == {Role.curatorial} else None


def digitisation_stamp(label: Label, *, dated: bool = False) -> list[int]:
    """Positions in `label.lines` of a digitisation stamp's lines: a run of lines of a stamp's
    parts (see `_Part`) that holds its resolver's address, or the specimen's id and an ISO date.
    With `dated`, only the runs that print the day the sheet was imaged."""
    parts = [_stamp_part(ln.text) if _substantive(ln.text) else None for ln in label.lines]
    out: list[int] = []
    i = 0
    while i < len(parts):
        if parts[i] is None:
            i += 1
            continue
        j = i
        while j < len(parts) and parts[j] is not None:
            j += 1
        run = parts[i:j]
        if (_Part.address in run or (_Part.date in run and _Part.ident in run)) and (
            _Part.date in run or not dated
        ):
            out += range(i, j)
        i = j
    return out


def _substantive(text: str) -> bool:
    return len(re.findall(r"[^\W_]", text)) >= 2


def _names_a_place(label: Label, lines: list[int]) -> bool:
    """Whether one of `lines` (indices into label.lines) names a country or a state, or opens
    with a preposition of place before a name ("Near Sampleton", "prope Villanova", "bei Dorf")."""
    from pipelines.fields.places.cues import PLACE_PREPOSITION  # the places read this module

    if any(PLACE_PREPOSITION.match(label.lines[i].text.strip()) for i in lines):
        return True
    return any(label.line_no(h.start) in lines for h in find_hits([label]))


def _names_a_site(label: Label, lines: list[int]) -> bool:
    """Whether one of `lines` (indices into label.lines, lines of no role) is the collection's
    place or site: a country or a state (`_names_a_place`), a place's kind or relation ("Sampleton
    Co.", "3 mi. E of ..."), a habitat ("in moist woods"), a substrate opening its line ("On bark
    of Quercus"). A lichen packet ends with "Det. / name / date" as a slip does; the packet says
    where the lichen grew, the slip only names it, its determiner and the day."""
    from pipelines.fields.places.cues import GEO_WORDS, HABITAT_WORDS  # the places read this module
    from pipelines.fields.places.lines import ON

    if _names_a_place(label, lines):
        return True
    texts = [label.lines[i].text.strip() for i in lines]
    return any(
        not _TAXON_LINE.match(t)
        and not _names_institution(t)
        and (GEO_WORDS.search(t) or HABITAT_WORDS.search(t) or ON.match(t))
        for t in texts
    )


# a date's key: "Date:", "Dat.", "Datum"
_DATE_KEY = re.compile(
    r"[\W_]*(?:date|dat|datum|fecha|data|дата|kuupäev|pvm)(?![^\W\d_])\.?\s*:?", re.IGNORECASE
)


# initials before a name in any case ("K. Muster", "J. BEISPIEL"): a person's herbarium
_INITIALLED = re.compile(r"(?<![^\W\d_])[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][^\W\d_]{2,}")


# a slip's heading alone on its first line: a few words, no figures, no person's initials
# ("ANNOTATION LABEL", "Determinavit", "DETERMINATION SLIP")
_HEADING = re.compile(r"[^\d]{0,30}")


# a type's status ("Holotype", "Lectotype designated by ...", "Holotipo", "Lectótipo"): its label
# carries the type's own data
_TYPE_WORD = re.compile(r"typ|t[ií]po|тип", re.IGNORECASE)


@cache
def _project_heading() -> re.Pattern[str]:
    """A slip's heading that names the work it was written for ("Revised for Flora of
    Exampleland", "Specimen examined for FLORA OF X"): the determination cues of the table that
    end in "for"."""
    words = [
        r["cue"]
        for r in data_rows("label_roles.csv")
        if r["role"] == "determination" and r["cue"].lower().endswith(" for")
    ]
    return re.compile(rf"[\W_]{{0,3}}{alternation(words)}(?![^\W\d_])", re.IGNORECASE)


def _headed_slip(lines: Sequence[str], roles: Sequence[set[Role]]) -> bool:
    """Whether a label opens with a determination slip's heading alone on its line ("ANNOTATION
    LABEL / Exampla minor L. / K. Muster / 12 May 1990", "Revised for Flora of X / ..."): every date written alone under it is the
    determination's, wherever the determiner's name stands. A type's label ("Syntype /
    Sampleton / 1882") is no slip: its date is the type's collection."""
    return bool(lines) and roles[0] == {Role.determination} and _heading_shape(lines[0])


def _heading_shape(line: str) -> bool:
    """Whether a line cued as a determination's is shaped as a slip's heading: a few words and no
    figure, or a project's heading ("Revised for Flora of X"); no initialled name, no type word."""
    first = _repair_cues(line)  # as the OCR misread it or not ("ANNOTATI0N LABEL")
    return (
        (
            (_HEADING.fullmatch(first) is not None and len(first.split()) <= 3)
            or (_project_heading().match(first) is not None and not re.search(r"\d", first))
        )
        and not _INITIALLED.search(first)
        and not _TYPE_WORD.search(first)
    )


def slip_heading(line: str) -> bool:
    """Whether `line` alone is a determination slip's heading ("Annotation label",
    "DETERMINAVIT", "Revised for Flora of X"), as a slip printed inside a data label's text
    carries it: no part of the specimen's place."""
    return {role for role, _ in _line_cues(line)} == {Role.determination} and _heading_shape(line)


def _dating_lines(lines: Sequence[str], roles: Sequence[set[Role]]) -> list[int]:
    """Positions in `lines` of the lines that date the determination line above them, or any
    line of a slip under its heading (`_headed_slip`): a date alone ("Determinavit K. Muster /
    12. v. 1988"), or a date's key on a slip ("Det. K. Muster / Date 1988"), which a data label's
    form would print with its collector's key."""
    out = []
    headed = _headed_slip(lines, roles)
    for k in range(1, len(lines)):
        if roles[k] - {Role.data}:
            continue
        signed = _signed_by(lines, roles, k - 1)
        if not (headed or Role.determination in roles[k - 1] or signed):
            if not roles[k] and date_alone(lines[k]) and _signed_column(lines, roles, k):
                out.append(k)
            continue
        if ((not roles[k] or signed) and date_alone(lines[k])) or (
            roles[k] == {Role.data}
            and _DATE_KEY.match(lines[k]) is not None
            and _YEAR.search(lines[k]) is not None
        ):
            out.append(k)
    return out


def _signed_by(lines: Sequence[str], roles: Sequence[set[Role]], k: int) -> bool:
    """Whether `lines[k]` signs the determination line above it with a form's "by" key ("Det.:
    Exampla minor L. / By: K. Muster / Date: 5 March 1968"): the date under it is the
    determination's too."""
    return (
        k >= 1
        and not roles[k] - {Role.data}
        and Role.determination in roles[k - 1]
        and _BY_SIGNER.fullmatch(lines[k]) is not None
    )


# a determiner's name alone under the cue, its initials' stops lost or read as commas, an initial
# read as a figure, as the OCR reads them ("J. Beispiel", "J Beispiel", "K, Muster", "1 Beispiel")
_SIGNER = re.compile(
    r"[\W_]*(?:(?:[A-Z][a-z]?|[1-3](?=[.,]?\s))[.,]?\s?-?){1,3}\s*"
    r"[A-Z][^\W\d_'’-]+(?:-[A-Z][^\W\d_]+)?[\W_]*"
)
# a form's "by" key before the signer, in the slips' languages ("By: K. Muster", "par K. Muster")
_BY_SIGNER = re.compile(r"[\W_]*(?i:by|par|por|von)\s?[:.]?\s*" + _SIGNER.pattern)
# a determination's cue alone on its line, printed as a slip's column heading ("DETERMINAVIT",
# "Det.", "Det. by:"): a few words, no figures, no name of its own
_CUE_ALONE = re.compile(r"[^\d]{0,24}")


def _signed_column(lines: Sequence[str], roles: Sequence[set[Role]], k: int) -> bool:
    """Whether the date alone on `lines[k]` closes a determination printed as a column: its cue
    alone, the determiner's name alone, the date ("DETERMINAVIT / K. Muster / 12 May 1987",
    "Det. / J. Beispiel / Mar. 1987"). On a slip and at the foot of a lichen packet alike, the
    date is the determination's; whether the label is a slip is told by its other lines."""
    if k < 2 or roles[k - 1] or Role.determination not in roles[k - 2]:
        return False
    cue = _repair_cues(lines[k - 2])
    return (
        _SIGNER.fullmatch(lines[k - 1]) is not None
        and _CUE_ALONE.fullmatch(cue) is not None
        and len(cue.split()) <= 3
        and not _INITIALLED.search(cue)
        and not _TYPE_WORD.search(cue)
    )


@cache
def _form_heading() -> re.Pattern[str]:
    """The headings of stamps printed as forms (`where` "form" in data/label_roles.csv)."""
    words = [r["cue"] for r in data_rows("label_roles.csv") if r["where"] == "form"]
    # after the institution's name or initials in a word ("EXMP NEGATIVE", "NYBG Accession")
    return re.compile(
        rf"[\W_]{{0,3}}(?:[A-Z][\w.]*\s+){{0,3}}{alternation(words, comma_stop=True)}(?![^\W\d_])",
        re.IGNORECASE,
    )


# a stamp form's blank or filled key ("No. 12345", "INIT.", "DATE"): a few short words or
# capitals, figures
_FORM_FIELD = re.compile(r"[\W\d_]*(?:(?:[A-Z]{1,6}|[^\W\d_]{1,3})(?![^\W\d_])\.?[\W\d_]*){0,3}")


def _stamp_form(lines: Sequence[str], roles: Sequence[set[Role]]) -> bool:
    """Whether a label is a stamp printed as a form under its heading ("EXMP NEGATIVE / No.
    12345 / DATE / INIT. / 3 JUN 1980", "ACCESSION / No. ... / Date ..."): its "Date" key and
    the date written in are the stamp's, not the collection's. Any other key of the data label,
    a measured place or a line of words is the data label's."""
    # the institution's name may stand above the heading on its own lines ("CHICAGO NATURAL
    # HISTORY MUSEUM / Acc. No. 123456 / Mar 4 1960")
    top = 0
    # its heading as the OCR misread it or not ("ACCESSI0N No. 12345")
    while top < len(lines) and not _form_heading().match(_repair_cues(lines[top])):
        if not _institution_alone(lines[top], roles[top]):
            return False
        top += 1
    if top == len(lines):
        return False
    for text, role in zip(lines[top + 1 :], roles[top + 1 :], strict=True):
        if role - {Role.curatorial, Role.data} or _MEASURED.search(text):
            return False
        rest = DATE_LIKE.sub(" ", text)
        if Role.data in role:
            rest = _DATE_KEY.sub(" ", rest, count=1)
        if not _FORM_FIELD.fullmatch(rest):
            return False
    return True


# a number keyed alone, its year beside it or not ("No. 4567", "N:o 12345 1934", "Nr. 23456 /
# 1906"): an accession's under the institution's name
_KEYED_NUMBER = re.compile(
    r"[\W_]*(?:No|NO|Nr|NR|N[°ºo]|N:o|№|#)[.:]?\s*\d{1,8}"
    r"(?:[\s,;/.-]+(?:1[6-9]\d\d|20[0-3]\d))?[\W_]*"
)


def _accession_stamp(lines: Sequence[str], roles: Sequence[set[Role]]) -> bool:
    """Whether a label is an institution's name over a number keyed alone, its year beside it
    or a date under it, keyed or not, and nothing else ("KASVIMUSEO / Helsingin yliopisto / N:o
    12345 1934", "HERBARIUM UNIVERSITATIS EXEMPLI / Nr. 23456 / 1906", "FIELD MUSEUM OF
    NATURAL HISTORY / HERBARIUM / No. 1987654 / DATE  MAR 12 1983"): the museum's accession stamp, its
    number no collector's, its year no collection's. A series' title over its number
    ("LICHENES EXEMPLI EXSICCATI / No. 123") is no institution's name. The OCR's figures for
    the name's letters and letters for the number's and the date's figures are read as meant
    ("FlELD MUSEUM 0F NATURAL HlSTORY / No. l234567 / DATE MAR l2 l983")."""
    named = [
        t for t, r in zip(lines, roles, strict=True) if _institution_alone(figures_as_letters(t), r)
    ]
    figured = [letters_as_figures(t) for t in lines]
    numbers = [
        t for t, r in zip(figured, roles, strict=True) if not r and _KEYED_NUMBER.fullmatch(t)
    ]
    dates = [t for t, r in zip(figured, roles, strict=True) if r <= {Role.data} and _dated(t)]
    return (
        bool(named)
        and bool(numbers)
        and len(named) + len(numbers) + len(dates) == len(lines)
        and not any(_SERIES_TITLE.search(t) or _title_words().search(t) for t in named)
    )


def _dated(text: str) -> bool:
    """Whether a line is a date alone, keyed or not ("12.3.1912", "DATE  MAR 12 1983")."""
    key = _DATE_KEY.match(text)
    return date_alone(text[key.end() :].strip() if key is not None else text)


def _institution_alone(text: str, role: set[Role]) -> bool:
    """Whether a line is an institution's name and nothing else: no figures, no person's initials."""
    return (
        role == {Role.curatorial}
        and _names_institution(text)
        and not re.search(r"\d", text)
        and not _INITIALLED.search(text)
    )


def dated_header(label: Label) -> bool:
    """Whether a label is an institution's name and a date alone ("HERB. HORT. SAMPL. / 22 JUN
    1956", "SAMPLETON MUSEUM / (NATURAL HISTORY) / 12 FEB 1931"): a stamp of the day the sheet
    was received or mounted as often as a printed label's footer with the collection's date,
    and nothing on it says which. A person's herbarium ("Herb. K. Muster / 1898") and a
    region's header ("Flora of Exampleland") are the data label's."""
    index = [i for i, ln in enumerate(label.lines) if _substantive(ln.text)]
    lines = [label.lines[i].text.strip() for i in index]
    if not any(_dated(t) for t in lines):
        return False  # most labels: their lines' roles need not be read again
    roles = _label_line_roles(label, index)
    headers = [
        t
        for t, r in zip(lines, roles, strict=True)
        if r == {Role.curatorial} and not _INITIALLED.search(t)
    ]
    # (keyed or not: "Date 12.III.1958", "Дата 12.III.1958" under the name is the same stamp; a
    # keyed date over the name is a printed form's last line, "Date 21 June 1963 / HERBARIUM OF
    # THE UNIVERSITY OF X", the collection's)
    dates = [
        t
        for k, (t, r) in enumerate(zip(lines, roles, strict=True))
        if (not r and date_alone(t))
        or (
            r <= {Role.data}
            and _DATE_KEY.match(t)
            and _dated(t)
            and any(h in headers for h in lines[:k])
        )
    ]
    # the sheet's barcode printed in the same block ("K000123456 / HERBARIUM KEW / 12 MAY 1951")
    numbers = [t for t, r in zip(lines, roles, strict=True) if not r and _barcode_line(t)]
    return bool(headers) and bool(dates) and len(headers) + len(dates) + len(numbers) == len(lines)


def _barcode_line(text: str) -> bool:
    """Whether a line is a catalogue number alone, as a barcode's printed line gives it
    ("E00123456", "B 10 0123456"): five figures or more, no year, no place in degrees."""
    return (
        _CATALOGUE_LINE.fullmatch(text) is not None
        and len(re.findall(r"\d", text)) >= 5
        and not _YEAR.search(text)
        and not _DECIMAL_DEGREES.search(text)
    )


def determination_dates(label: Label) -> list[int]:
    """Positions in `label.lines` of the lines whose dates are a slip's without a cue of their
    own: an unkeyed slip's signature (`slips.unkeyed_slip`), a "Date" line under "Det.", any date
    under a slip's heading (`_headed_slip`), a date alone under a "By:" line (`_signed_by`). For a
    determination label only; a date alone under "Det." is left to the dates parser (on a packet
    it may be the collection's)."""
    signed = unkeyed_slip([ln.text for ln in label.lines])
    if signed is not None:
        return [signed]
    if _signature(label):
        # a name over a date alone, read as a slip beside the data label (`label_roles`)
        return [i for i, ln in enumerate(label.lines) if _substantive(ln.text)][1:]
    index = [i for i, ln in enumerate(label.lines) if _substantive(ln.text)]
    lines = [label.lines[i].text.strip() for i in index]
    roles = _label_line_roles(label, index)
    headed = _headed_slip(lines, roles)
    dating = [
        k
        for k in _dating_lines(lines, roles)
        if headed
        or not date_alone(lines[k])
        or _signed_column(lines, roles, k)
        or _signed_by(lines, roles, k - 1)
    ]
    # a determination's cue as the OCR misread it ("Determlnavit K. Muster 1970", "REVlSED BY
    # ..."): the dates parser, which reads the cues as printed, would take its year for the
    # collection's
    misread = [
        k
        for k, (t, r) in enumerate(zip(lines, roles, strict=True))
        if Role.determination in r and not _read_cues(t) and _YEAR.search(t)
    ]
    return [index[k] for k in sorted({*dating, *_signed_dates(lines, roles), *misread})]


# where a name may end before a date on its line: blanks, a comma, a bracket ("K. Muster 1970",
# "J. Beispiel, 12.3.1958", "A. Exempel (Mayo 1985)")
_NAME_END = re.compile(r"[\s,;(]+")


def _dated_signature(line: str) -> bool:
    """Whether a line is a person's name and a date after it, nothing else."""
    return any(
        _SIGNER.fullmatch(line[: m.start()]) is not None and date_alone(line[m.end() :])
        for m in _NAME_END.finditer(line)
    )


def _signed_dates(lines: Sequence[str], roles: Sequence[set[Role]]) -> list[int]:
    """Positions in `lines` of the lines that sign a slip or a type's label with a name and a
    date, under its heading alone on the first line ("RÉVISION / Exampla minor Muster / K.
    Muster 1970", "ISOTYPUS / Exampla minor Muster / K. Muster, 1902", "HOLOTIPO / ... / J.
    Beispiel 1958"): the annotation's or the designation's date, not the collection's. A type's
    label that cites the gathering keeps it: the collector's number ("K. Muster 123, 1902") or
    the place and its date alone ("Syntype / Sampleton / 1882")."""
    if not lines or roles[0] != {Role.determination}:
        return []
    first = _repair_cues(lines[0])
    type_heading = (
        _TYPE_WORD.search(first) is not None
        and not re.search(r"\d", first)
        and len(first.split()) <= 3
        and not _INITIALLED.search(first)
    )
    if not (type_heading or _heading_shape(lines[0])):
        return []
    return [k for k in range(1, len(lines)) if not roles[k] and _dated_signature(lines[k])]


def column_dates(label: Label) -> list[int]:
    """Positions in `label.lines` of the dates that close a determination printed as a column
    (`_signed_column`: "Det. / J. Beispiel / 1970"), on any label: at a lichen packet's foot the
    date is the determination's, not the collection's."""
    index = [i for i, ln in enumerate(label.lines) if _substantive(ln.text)]
    if len(index) < 3:
        return []
    lines = [label.lines[i].text.strip() for i in index]
    roles = _label_line_roles(label, index)
    return [
        index[k]
        for k in range(2, len(lines))
        if not roles[k] and date_alone(lines[k]) and _signed_column(lines, roles, k)
    ]


# a museum's name, as insect pins' collection labels print it ("MUSEUM EXEMPLI", "Senckenberg-Museum",
# "Zool. Mus. Berlin", "Zool. Staatssamml. München"), not a herbarium's ("Museum Botanicum X" heads a
# herbarium's data label)
_MUSEUM = re.compile(
    r"(?<![^\W\d_])(?:mus[eé]um|museo|mus[eé]e|mus\.|zool|staatssamml)", re.IGNORECASE
)
_BOTANICAL = re.compile(r"(?<![^\W\d_])(?:herb|hb\.|botan|hort)", re.IGNORECASE)
_UNIVERSITY = re.compile(r"[\W_]*univ", re.IGNORECASE)
# "Coll. K. Muster", "COLL. MUSTER": a collection's owner alone on his line
# a person's name signed with "coll." after it ("K. Muster coll.", "J. BEISPIEL COLL.")
_SIGNED_COLL = re.compile(r"[\W_]*(?:[A-Z]\.\s?)+[A-Z][^\W\d_]+\s+(?i:coll)\.?[\W_]*")
_COLL_NAME = re.compile(r"[\W_]{0,3}coll\.?\s+[^\W\d_][^\d]{0,40}", re.IGNORECASE)


@cache
def _preparation_heading() -> re.Pattern[str]:
    """The headings of preparations' labels (`where` "prep" in data/label_roles.csv)."""
    words = [r["cue"] for r in data_rows("label_roles.csv") if r["where"] == "prep"]
    return re.compile(rf"[\W_]{{0,3}}{alternation(words)}(?![^\W\d_])", re.IGNORECASE)


# under a preparation's heading: its preparer ("K. Muster", "J. Beispiel 1234") or its number
# ("Nr. 1234", "No. 56 ♂")
_PREPARED = re.compile(
    r"[\W_]*(?:(?:[A-Z]\.\s?)+[A-Z][^\W\d_]+(?:\s+[^\W\d_]+)?[.,]?\s*)?"
    r"(?:(?:n[or]|nº|№)\.?\s*)?[\d\s./-]*[\W_]*",
    re.IGNORECASE,
)


def _preparation(lines: Sequence[str]) -> bool:
    """Whether a label is a preparation's: a dissection's or a slide's heading, then only its
    preparer's name and its numbers ("Genitalia slide / J. Beispiel 1234", "Gen. Präp. / K. Muster /
    Nr. 1234"): neither is the specimen's collector nor his number. A slide's label that goes on
    to a place or a date is the data label."""
    return (
        bool(lines)
        and _preparation_heading().match(lines[0]) is not None
        and all(_PREPARED.fullmatch(t) and not DATE_LIKE.search(t) for t in lines[1:])
    )


def _dated_stamp(lines: Sequence[str]) -> bool:
    """Whether a label is a stamp's cue word over the day it was stamped and nothing else
    ("Returned / 12 APR 1999", "DIGITISED / 12 NOV 2014", "On loan to Herb. Exempli / 15 Mar
    2003"): the date is the loan's or the imaging's. The cue must be the table's
    (data/label_roles.csv): an institution's name over a date alone is left to the dates parser,
    which doubts it (a received stamp's, or a printed label's footer dating the collection)."""
    cues = _cues().get((Role.curatorial, ""))
    return (
        len(lines) >= 2
        and cues is not None
        and cues.search(_repair_cues(lines[0]))
        # a herbarium's, a museum's or a university's heading ("HERB. HORT. SAMPL.", "Univ.
        # Exempli") is an institution's name, no stamp's word (`dated_header`)
        and not (
            _BOTANICAL.match(lines[0]) or _MUSEUM.match(lines[0]) or _UNIVERSITY.match(lines[0])
        )
        and not COLLECTOR_YEAR.search(lines[0])
        and all(date_alone(t) for t in lines[1:])
    )


# a person's name alone on a line: initials, a surname ("K. Muster", "J.-P. Beispiel")
_PERSON_LINE = re.compile(
    r"[\W_]*(?:[A-Z][a-z]?\.\s?-?){1,3}\s*[A-Z][^\W\d_'’-]+(?:-[A-Z][^\W\d_]+)?[\W_]*"
)
# a word's remains the OCR left on a small label's line ("Col", "Co")
_FRAGMENT = re.compile(r"[\W_]*[^\W\d_]{1,3}[\W_]*")


def _museum_collection(lines: Sequence[str]) -> bool:
    """Whether a label is a museum's collection label, its name over "Coll." and a person's name
    and nothing else ("MUSEUM EXEMPLI / Coll. K. Muster", "Senckenberg-Museum / Coll. J. Beispiel"):
    the collection the insect came to the museum in, its former owner no collector (the pin's
    data label names him with "leg." or not at all). A herbarium's header over "Coll. K. Muster"
    names the collector."""
    # its name in full or shortened on a stamp ("Zool. Mus. Berlin", "Brit. Mus.")
    names = [
        t
        for t in lines
        if _MUSEUM.search(t) and (is_institution(t) or (Role.curatorial, "") in _line_cues(t))
    ]
    # the museum's register number, under its name or after its initials ("Brit. Mus. /
    # 1950-123", "B.M. 1950-123"): the collection's acquisition, registered
    registers = [t for t in lines if t not in names and _REGISTER_LINE.fullmatch(t)]
    owners = [t for t in lines if _COLL_NAME.fullmatch(t)]
    return (
        bool(names or registers)
        and len(owners) == 1
        and len(names) + len(registers) + 1 == len(lines)
        and not any(_BOTANICAL.search(t) for t in names)
    )


# a register's number alone or after a museum's initials or name ("1950-123", "B.M. 1950-123",
# "BMNH(E) 2010-12", "Brit. Mus. 1927-3.")
_REGISTER_LINE = re.compile(
    rf"[\W_]*(?:(?:[A-Z][A-Za-z]{{0,4}}\.?\s?){{1,3}}(?:\(\s?[A-Z]\s?\)\s?)?)?"
    rf"{REGISTER_NUMBER.pattern}[\W_]*"
)


def label_role(label: Label, *, beside_stamp: bool = False) -> Role:
    """The role of one label, from its lines' cue words and contents. Beside a digitisation
    stamp (`beside_stamp`), a label that prints only a stamp's parts is the stamp's: the unit's
    name or the museum's lines the transcriber cut from it."""
    index = [i for i, ln in enumerate(label.lines) if _substantive(ln.text)]
    if not index:
        return Role.data
    if beside_stamp and all(_stamp_part(label.lines[i].text) for i in index):
        return Role.curatorial
    if unkeyed_slip([ln.text for ln in label.lines]) is not None:
        # a name with its author over its determiners and their year, no "det." ("Exampla
        # ornata (Muster) Beisp. / K. Muster & J. Beispiel (2005)"): its year is no collection's
        return Role.determination
    lines = [label.lines[i].text.strip() for i in index]
    roles = _label_line_roles(label, index)
    for k in {*_dating_lines(lines, roles), *_signed_dates(lines, roles)}:
        roles[k] = {Role.determination}
    # the giver under a giver's cue alone, with the year he gave it ("Purchased from / K. Muster,
    # 1903"): the donor's, its year no collection's
    givers = _givers(label, named=True)
    roles = [r | {Role.donor} if i in givers else r for i, r in zip(index, roles, strict=True)]
    if _stamp_form(lines, roles) or _accession_stamp(lines, roles):
        return Role.curatorial
    if _museum_collection(lines):
        return Role.donor
    if _preparation(lines) or _dated_stamp(lines):
        return Role.curatorial
    # the data label's own keys, or a collection date or measured place outside a stamp's line
    # or beside a stamp's column on it ("Sampleton, 12.vi.1932 Brit. Mus. 1932-456.")
    if any(Role.data in r for r in roles) or any(
        (Role.determination not in r and DATE_LIKE.search(t)) or _MEASURED.search(t)
        for t, r in zip(_beside_stamps(lines, roles), roles, strict=True)
    ):
        return Role.data
    if any(Role.determination in r for r in roles):
        # a slip names the taxon and its determiner; a country or a state on a line of its own
        # is the data label's, read into the same block
        # (not the determiner's institution's town under its name: "FIELD MUSEUM OF NATURAL
        # HISTORY / CHICAGO, ILLINOIS 1978")
        free = [
            i
            for i, r in zip(index, roles, strict=True)
            if not r and not _under_institution(label, i)
        ]
        return Role.data if free and _names_a_site(label, free) else Role.determination
    # an address guessed under a heading is no stamp's line: it may be the specimen's place
    stamps = _stamp_lines(label)
    stamp_like = [
        i in stamps
        or bool(r & {Role.curatorial, Role.donor})
        or _STAMP_FILLER.fullmatch(t) is not None
        for i, t, r in zip(index, lines, roles, strict=True)
    ]
    # the donor's name may stand on a line of its own ("A. Name / collection / Reg. 1950-12");
    # a taxon, a place and a collector under an "Ex Herb." heading, with a date alone, are the
    # specimen's data the donor's label was printed for ("Ex Herb. Hort. Sampl. / Exampla minor
    # L. / Sampleton / 1880 / K. Muster")
    unmarked = [t for like, t in zip(stamp_like, lines, strict=True) if not like]
    donors = [k for k, r in enumerate(roles) if Role.donor in r]
    # (the donor's cue heads those lines but the taxon's: a gift's note under the place is the
    # data label's, "Exampla avis / Sampleton Creek / J. Beispiel / Ex dono K. Muster 1890")
    heading = bool(donors) and all(
        like or _TAXON_LINE.match(t)
        for like, t in zip(stamp_like[: donors[0]], lines[: donors[0]], strict=True)
    )
    if (
        donors
        and all(_SHORT_NAME.fullmatch(t) for t in unmarked)
        and (len(unmarked) < 2 or (heading and not any(date_alone(t) for t in lines)))
        # a collector signing under the taxon and the place ("K. Muster coll.") beside the giver
        and not (len(unmarked) > 2 and any(_SIGNED_COLL.fullmatch(t) for t in unmarked))
    ):
        return Role.donor
    # a person's name over a museum's register number ("K. Muster / B.M. 1950-12"): the register
    # records what the museum acquired from him, a giver's or a seller's label; the word that
    # said so may be lost to the OCR ("K. Muster / Col / B.M. 1950-12")
    if (
        any(
            Role.curatorial in r and REGISTER_NUMBER.search(t)
            for t, r in zip(lines, roles, strict=True)
        )
        and any(_PERSON_LINE.fullmatch(t) for t in unmarked)
        and all(_PERSON_LINE.fullmatch(t) or _FRAGMENT.fullmatch(t) for t in unmarked)
    ):
        return Role.donor
    if any(Role.curatorial in r for r in roles) and all(stamp_like):
        return Role.curatorial
    if all(_barcode_line(t) for t in lines):
        return Role.barcode
    return Role.data


def _beside_stamps(lines: Sequence[str], roles: Sequence[set[Role]]) -> list[str]:
    """Each line's text outside a stamp: the whole line where it has no stamp's cue, the data
    label's columns beside a stamp's (`stamp_columns`) where it has one, nothing where it is the
    stamp's alone."""
    out = []
    for t, r in zip(lines, roles, strict=True):
        if Role.curatorial not in r:
            out.append(t)
            continue
        chars = list(t) if (spans := stamp_columns(t)) else []
        for a, b in spans:
            chars[a:b] = " " * (b - a)
        out.append("".join(chars))
    return out


def label_roles(labels: Sequence[Label]) -> dict[int, Role]:
    """LabelText.label -> its role."""
    addressed = [
        any(_WEB_ADDRESS.search(lab.lines[i].text) for i in digitisation_stamp(lab))
        for lab in labels
    ]
    roles = {
        lab.label: label_role(
            lab, beside_stamp=any(addressed[j] for j in (k - 1, k + 1) if 0 <= j < len(labels))
        )
        for k, lab in enumerate(labels)
    }
    full = [lab for lab in labels if roles[lab.label] is Role.data and _dated_data(lab)]
    for lab in labels:
        if roles[lab.label] is Role.data and _signature(lab) and any(f is not lab for f in full):
            # beside the data label: a slip whose cue the OCR lost ("K. Muster / 12.3.1977")
            roles[lab.label] = Role.determination
        elif (
            roles[lab.label] is Role.data
            and _collection_alone(lab)
            and any(
                f is not lab and roles[f.label] is Role.data and _signed_data(f) for f in labels
            )
        ):
            # beside a data label its collector signed: the collection the pin came in
            roles[lab.label] = Role.donor
    if Role.data in roles.values():
        # a type's photograph or fragment mounted beside the sheet's own data label shows the
        # type: its collector, number, place and name are another specimen's
        for lab in labels:
            if roles[lab.label] is Role.determination and _type_copy(lab):
                roles[lab.label] = Role.curatorial
    if Role.data not in roles.values():
        # no data label on the sheet: a reverend's label read as a revision slip is the data label
        for lab in labels:
            if roles[lab.label] is Role.determination and _reverends_label(lab):
                roles[lab.label] = Role.data
    return roles


@cache
def _copy_heading() -> re.Pattern[str]:
    """The headings of a type's photograph or fragment (`where` "copy" in data/label_roles.csv)."""
    words = [r["cue"] for r in data_rows("label_roles.csv") if r["where"] == "copy"]
    return re.compile(rf"[\W_]{{0,3}}{alternation(words)}(?![^\W\d_])", re.IGNORECASE)


def _type_copy(label: Label) -> bool:
    """Whether a label opens with a type's photograph's or fragment's heading ("Photograph of
    type specimen in Herb. X", "Fragment of holotype"), as the OCR misread it or not."""
    first = next((ln.text for ln in label.lines if _substantive(ln.text)), "")
    return _copy_heading().match(_repair_cues(first)) is not None


def _signature(label: Label) -> bool:
    """Whether a label is a person's name alone over a date alone ("K. Muster / 12.3.1977"): a
    determination's signature whose cue the OCR lost, or a collector's label that prints no
    place; only the sheet tells which (`label_roles`)."""
    lines = [ln.text.strip() for ln in label.lines if _substantive(ln.text)]
    return (
        len(lines) == 2
        and _SIGNER.fullmatch(lines[0]) is not None
        and not _line_cues(lines[0])
        and date_alone(lines[1])
    )


def _collection_alone(label: Label) -> bool:
    """Whether a label is "Coll." and a person's name alone on one line ("Coll. J. Beispiel",
    "COLL. K. MUSTER"): a collection's label as an insect's pin carries it, or its collector's."""
    lines = [ln.text.strip() for ln in label.lines if _substantive(ln.text)]
    if len(lines) != 1 or not _COLL_NAME.fullmatch(lines[0]):
        return False
    name = re.sub(r"^[\W_]{0,3}coll\.?\s+", "", lines[0], flags=re.IGNORECASE)
    return _PERSON_LINE.fullmatch(name) is not None


def _signed_data(label: Label) -> bool:
    """Whether a data label prints three lines or more, one of them dated ("12.v.1930",
    "VII.1925"), and a person's name alone on a line of no cue, as its collector signs it
    ("Sampleton / 12.v.1930 / F. Placeman"): beside it, "Coll. J. Beispiel" on a label of its
    own names the collection the specimen came in, not its collector (a name keyed on the data
    label, "det. A. Exempel", signs no collection)."""
    lines = [ln.text.strip() for ln in label.lines if _substantive(ln.text)]
    return (
        len(lines) >= 3
        and any(DATE_LIKE.search(t) or find_dates(t) for t in lines)
        and any(_PERSON_LINE.fullmatch(t) is not None and not _line_cues(t) for t in lines)
    )


# a person's initials and name as the OCR leaves them, stops lost ("K Muster 123")
_SIGNED = re.compile(r"(?<![^\W\d_])(?:[A-Z][.,]?\s)+[A-Z][a-z]{2,}")


def _dated_data(label: Label) -> bool:
    """Whether a label prints the collection's own lines: three or more, one of them dated, one
    naming a person: beside it, a name over a date alone is not the collector's label."""
    lines = [ln.text.strip() for ln in label.lines if _substantive(ln.text)]
    return (
        len(lines) >= 3
        and any(DATE_LIKE.search(t) for t in lines)
        and any(_INITIALLED.search(t) or _SIGNED.search(t) for t in lines)
    )


# a capitalised "Rev." before a person's initials: a reverend as often as a revision
_REVEREND = re.compile(r"[\W_]{0,3}Rev\.\s*(?:[A-Z]\.\s?)+[A-Z]")
# a taxon's name opening a line ("Exampla minor L.")
_TAXON_LINE = re.compile(r"[\W_]*[A-Z][a-zë]+\s+(?:[x×]\s+)?[a-zë][a-zë-]{2,}(?![^\W\d_])")


def _reverends_label(label: Label) -> bool:
    """Whether a label read as a revision's slip ("Rev. J. Beispiel") is a reverend's data label:
    its every determination line opens with a capitalised "Rev." before a person's initials, and
    a line of its own is none of a slip's (the taxon's name, a date, an institution): the place
    he collected at ("Exampla minor L. / Sampleton, Exampleshire / Rev. J. Beispiel / June
    1888"). Asked only of a sheet with no data label: beside one, such a label is a slip."""
    index = [i for i, ln in enumerate(label.lines) if _substantive(ln.text)]
    lines = [label.lines[i].text.strip() for i in index]
    roles = _label_line_roles(label, index)
    cued = [t for t, r in zip(lines, roles, strict=True) if Role.determination in r]
    free = [
        t
        for t, r in zip(lines, roles, strict=True)
        if not r
        and not date_alone(t)
        and not _TAXON_LINE.match(t)
        and not _names_institution(t)
        and re.search(r"[^\W\d_]{3,}", t)
    ]
    return bool(cued) and all(_REVEREND.match(t) for t in cued) and bool(free)


def _names_institution(text: str) -> bool:
    return is_institution(text) or institution_name(text)


# a line that runs on: a list or a sentence broken after a comma, a hyphen or "and"
_RUNS_ON = re.compile(r"(?:[,;&-]|\band|\bet)\s*$")
# a line that is a list of names: three items or more, no figures ("Aville, Bee, Ceeport, Dee")
_LIST_LINE = re.compile(r"[^\d,]+(?:,[^\d,]+){2,},?\s*")


def _stamp_lines(label: Label) -> list[int]:
    """`stamp_lines` but an institution's address: the lines whose own words are a stamp's."""
    out: list[int] = []
    carrying, listing = False, True
    roles = _label_line_roles(label, range(len(label.lines)))
    stamp = digitisation_stamp(label)
    # a giver's name alone under his cue alone ("Geschenk von / K. Muster")
    givers = _givers(label, named=True)
    for i, line in enumerate(label.lines):
        cues = roles[i] - {Role.data}
        # an institution's name is left to the parsers that know its place (the address of the
        # herbarium that printed a form), except on a digitisation stamp; so is a distributed
        # series' title ("ГЕРБАРИЙ ФЛОРЫ СССР / № 2345"): the number under it is the series'
        own = bool(cues & {Role.curatorial, Role.donor}) and (
            i in stamp
            or _dated_note(label, i)
            or _dated_institution(line.text)
            or not (
                is_institution(line.text)
                or _personal_herbarium(line.text, cues)
                or _SERIES_TITLE.search(line.text) is not None
                # a survey's name, the land it surveyed ("INDIANA BIOLOGICAL SURVEY")
                or survey_line(line.text)
            )
        )
        # a list of places goes on over lines that are lists themselves, however the last ended
        listed = carrying or (
            listing and bool(out) and out[-1] == i - 1 and _LIST_LINE.fullmatch(line.text)
        )
        # a stamp printed beside the data label's own line, read into it as a column ("leg. K.
        # Muster 12.7.1890      Eingang 3.4.1901"): only its columns are the stamp's
        beside = own and i not in stamp and bool(stamp_columns(line.text))
        if (
            (own and not beside)
            or listed
            or _stamped_date(label, i, out)
            or _heading_number(label, i, roles)
            or _header_tail(label, i)
            or _dated_heading(label, i)
            or i in givers
        ):
            out.append(i)
        # an institution's printed name opens no list: the place under it is the specimen's
        # (nor does a herbarium's heading, shortened: "HERB. HORT. BOT. REG. KEW. / Sampleton,
        # near the church, Exampleshire")
        listing = not (
            own and (institution_name(line.text) or _HERBARIUM_HEAD.match(line.text) is not None)
        )
        carrying = (
            bool(own or listed)
            and _RUNS_ON.search(line.text) is not None
            and not _comma_stopped_heading(line.text)
        )
    return out


def _dated_heading(label: Label, i: int) -> bool:
    """Whether line `i` is an institution's heading with a date alone beside it in a column of
    its own ("HERBARIUM UNIVERSITATIS SAMPLENSIS      12.III.1958"), the day the sheet was
    received stamped beside the printed name, on a label that dates the collection on another
    line: that date wins, as over a dated header's (`dated_header`)."""
    text = label.lines[i].text
    spans = _column_spans(text)
    if len(spans) < 2:
        return False
    columns = [text[a:b] for a, b in spans]
    if not _header_alone(figures_as_letters(columns[0])) or not all(
        date_alone(letters_as_figures(c)) for c in columns[1:]
    ):
        return False
    others = [letters_as_figures(ln.text) for j, ln in enumerate(label.lines) if j != i]
    # (a year dates the collection too: "Musterküla / 1931", "leg. A. Exempel 1931")
    return any(DATE_LIKE.search(t) is not None or _YEAR.search(t) is not None for t in others)


# a capitals' abbreviation closed by the OCR's comma for its stop ("HERB, HORT, BOT, EDIN,")
_COMMA_STOP = re.compile(r"(?<=[A-Z0-9])\s*,(?=\s|$)")


def _comma_stopped_heading(text: str) -> bool:
    """Whether a line ending in a comma is a herbarium's or an institution's heading whose stops
    the OCR read as commas ("HERB, H0RT,", "MUS, BRIT,"): no list running on to the next line
    (the taxon's name, the specimen's place), as a duplicate list does ("Dupl. sent to: Aville,
    Beetown,")."""
    line = _COMMA_STOP.sub(".", figures_as_letters(text.strip()))
    return bool(_HERBARIUM_HEAD.match(line + " ")) or _names_institution(line)


# a word cut by a hyphen at a line's end ("SAMPLESH-"), and a word's remains in capitals alone,
# a stop or a comma after it or not ("IRE", "SHIRE.")
_CUT_WORD = re.compile(r".*[^\W\d_]-\s*")
_CAPITALS_TAIL = re.compile(r"[^\W\d_a-zß-ÿ]{1,12}[.,]?")


def _header_tail(label: Label, i: int) -> bool:
    """Whether `label.lines[i]` is the rest of a collection's title cut at a hyphen on the line
    above, as a printed title broken over two lines or the OCR's reading of it ("FLORA OF
    SAMPLESH- / IRE", "PLANTS OF EXAMPLE- / SHIRE"): the title's, no place of the specimen's."""
    if i == 0:
        return False
    above, text = label.lines[i - 1].text.strip(), label.lines[i].text.strip()
    return (
        _CUT_WORD.fullmatch(above) is not None
        and _CAPITALS_TAIL.fullmatch(text) is not None
        and is_header(above[:-1] + text)
    )


# a number alone on its line, keyed or not ("No. 12345", "№ 3050", "1234567"), no year
_NUMBER_ALONE = re.compile(
    r"[\W_]*(?:(?:No|NO|Nr|NR|N[°ºo]|N:o|№|#)[.:]?\s*)?(?!(?:1[6-9]|20)\d\d\b)\d{1,8}[\W_]*"
)


def _heading_number(label: Label, i: int, roles: Sequence[set[Role]]) -> bool:
    """Whether `label.lines[i]` is a number alone under the name of the institution that heads
    the label, or of a herbarium the sheet came from ("HERB. UNIV. EXEMPL. / No. 12345", "FIELD
    MUSEUM OF NATURAL HISTORY / 1234567", "Ex herb. Musei Exempli / № 3050", "K. Muster,
    Herbarium exemplicum / № 117"): the institution's accession number or its own distribution's,
    never the collector's. A distributed series' number ("FLORA EXEMPLI EXSICCATA / № 123") is
    left to the people parser, which doubts it; a person's herbarium ("Herb. K. Muster / No.
    12") numbers his own gatherings; a region's header ("PLANTS OF EXAMPLIA / No. 123") is the
    collector's printed label."""
    if i == 0 or not _NUMBER_ALONE.fullmatch(label.lines[i].text) or roles[i]:
        return False
    above = label.lines[i - 1].text
    cues = roles[i - 1] - {Role.data}
    return (
        Role.data not in roles[i - 1]
        and bool(cues & {Role.curatorial, Role.donor})
        and not re.search(r"\d", above)
        # (its publisher's line may stand between: "LICHENES EXEMPLI EXSICCATI / Editi a Museo
        # Botanico Exempli / № 456")
        and not any(_SERIES_TITLE.search(ln.text) for ln in label.lines[:i])
        and not _title_words().search(above)
        and not _personal_herbarium(above, cues)
    )


@cache
def _title_words() -> re.Pattern[str]:
    """The words of a collection's or a series' title (data/headers.csv: "flora", "флоры",
    "plantae") but those that name an institution alone ("herbarium", "herbier"), anywhere on a
    line: a herbarium's title that holds one names a flora ("ГЕРБАРИЙ РУССКОЙ ФЛОРЫ", "Herbarium
    Florae Exempli"), a series, not an institution."""
    names = {word.lower() for word in institution_words("name")}
    words = [r["word"] for r in data_rows("headers.csv") if r["word"].lower() not in names]
    return re.compile(rf"(?<![^\W\d_]){alternation(words)}(?![^\W\d_])", re.IGNORECASE)


# a distributed series' title (people_cues.csv, role series: "FLORA EXEMPLI EXSICCATA", "Гербарий
# флоры", "Fasc."): the people parser doubts the number keyed under it as the series'
def _series_title() -> re.Pattern[str]:
    """The series' words, those of `case` any in any case (people.cues reads them so too)."""
    rows = [r for r in data_rows("people_cues.csv") if r["role"] == "series"]
    anycase = [r["cue"] for r in rows if r["case"] == "any"]
    exact = [r["cue"] for r in rows if r["case"] != "any"]
    either = [f"(?i:{alternation(anycase)})"] * bool(anycase) + [alternation(exact)] * bool(exact)
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(either) or '(?!)'})(?![^\W\d_])")


_SERIES_TITLE = _series_title()


@cache
def _note_words() -> re.Pattern[str]:
    """The words of curatorial notes that make a line the institution's (`data/
    institution_words.csv`, kind note: "imaged", "presented", "distributed", "department")."""
    words = list(institution_words("note"))
    return re.compile(rf"(?<![^\W\d_]){alternation(words)}(?![^\W\d_])", re.IGNORECASE)


def _dated_institution(text: str) -> bool:
    """Whether a line is an institution's stamp and the day it was stamped after it, on one line
    ("HERB. MUS. BRIT. 12 MAR 1913", "Herb. Hort. Bot. Edin. 3.6.1952"): the day the sheet was
    received or mounted, never the gathering's. A year alone after a name ("Herbarium Exempli
    1923") may be a printed form's, left to the dates parser."""
    dates = find_dates(text)
    if len(dates) != 1 or dates[0].precision < 3:
        return False
    name = text[: dates[0].start].strip(" \t,;:-")
    return (
        bool(name)
        and date_alone(text[dates[0].start :])
        and (_names_institution(name) or {r for r, _ in _line_cues(name)} == {Role.curatorial})
        and not re.search(r"\d", name)
        and not _INITIALLED.search(name)
        and not _personal_herbarium(name, {Role.curatorial})
    )


def _dated_note(label: Label, i: int) -> bool:
    """Whether `label.lines[i]` is a curatorial note with its figures that names no institution
    but by a note's word ("Imaged 2016-05-12", "Presented 1923", "Distributed 1950"): the
    stamp's own line, blanked (an institution's name is left to the parsers that read its
    address). Over a person's name alone ("Imaged 2010 / K. Muster") it is left for the people
    parser to tell the staff's name from a collector's."""
    text = label.lines[i].text
    below = label.lines[i + 1].text if i + 1 < len(label.lines) else ""
    return (
        re.search(r"\d", text) is not None
        and _note_words().search(text) is not None
        and not is_institution(_note_words().sub(" ", text))
        and _PERSON_LINE.fullmatch(below) is None
    )


# a herbarium's word heading its line ("Herb.", "Hb.", "HERBARIUM", "Herbier", "Herbar")
_HERBARIUM_HEAD = re.compile(r"[\W_]{0,3}(?:herb(?:arium|ier|ar)?|hb)\.?\s+", re.IGNORECASE)


# persons joined after a herbarium's heading, their surnames shortened or not: "HOOK. FIL. &
# THOMSON.", "Muster et Beispiel"
_JOINED_NAMES = re.compile(r"[A-Z][^\W\d_]*\.?\s?(?:&|\bet\b|\band\b)\s?[A-Z][^\W\d_]{2,}")


# one word in full after a herbarium's heading: a person's name or a region's adjective ("Herb.
# Wallich", "Hb. Martii", "HERB. LUSITANICUM"), not an institution's shortened ("Herb. Panorm.")
_ONE_NAME = re.compile(r"[A-Z][^\W\d_]{3,}(?![.\w])[^\w.]*")


def _personal_herbarium(text: str, cues: set[Role]) -> bool:
    """Whether a curatorial line is a person's herbarium's header, the word and his name, no
    figures ("Herb. K. Muster", "HB. J. BEISPIEL", "Herb. Wallich"), or a distributed series'
    naming its collectors after its region ("HERB. IND. OR. HOOK. FIL. & THOMSON."): the
    collector's as a last resort (`people.headers`), no stamp to blank; so is a herbarium named
    after its region ("HERB. LUSITANICUM", as "HERBARIUM LUSITANICUM" is an institution's name
    left to the parsers that read its place). A former owner's ("Ex Herb. K. Muster") is a
    donor's."""
    m = _HERBARIUM_HEAD.match(text)
    return (
        cues == {Role.curatorial}
        and m is not None
        and (
            _INITIALLED.match(text, m.end()) is not None
            or _JOINED_NAMES.search(text, m.end()) is not None
            or _ONE_NAME.fullmatch(text, m.end()) is not None
        )
        and not re.search(r"\d", text)
    )


def _stamped_date(label: Label, i: int, stamps: Sequence[int]) -> bool:
    """Whether `label.lines[i]` is a date alone stamped under the institution's stamp line just
    above it and over the plant's name ("HERB. HORT. BOT. EDIN. / 12 JUN 1952 / Exampla minor
    L."), as the OCR reads a sheet in one block: the day the sheet was received or mounted. A
    printed label dates its collection under the place, not between its header and the name."""
    lines = label.lines
    return (
        0 < i < len(lines) - 1
        # (or under its address: "NATIONAL BOTANICAL INSTITUTE / SAMPLETON / 12 FEB 1985")
        and (
            (bool(stamps) and stamps[-1] == i - 1)
            or label.institution[i - 1]
            or label.address[i - 1]
        )
        and _stamp_date(lines[i].text.strip())
        and not _INITIALLED.search(lines[i - 1].text)
        and _TAXON_LINE.match(lines[i + 1].text) is not None
    )


def _stamp_date(text: str) -> bool:
    """Whether a line is a date alone as a stamp prints it, its day's figures spaced apart as the
    OCR reads them or not ("12 FEB 1985", "1 2 FEB 1985")."""
    if date_alone(text):
        return True
    dates = find_dates(text)
    return (
        len(dates) == 1
        and re.fullmatch(r"\d(?:\s\d)?\s", text[: dates[0].start]) is not None
        and date_alone(text[dates[0].start :])
    )


def _column_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) in `text` of its columns (`_COLUMNS`), blanks trimmed."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in [*_COLUMNS.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
        if m is not None:
            start = m.end()
    return out


# a column of the data label's: a word of three letters or more, or a date
_WORDED = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=8192)
def stamp_columns(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) in `text` of a stamp's or a giver's columns printed beside the data
    label's own on one line, as the OCR reads two labels side by side ("leg. K. Muster
    12.7.1890      Eingang 3.4.1901", "J. Beispiel 567   12 Apr 1939     ACC. NO. 987654",
    "Sampla Loch, Sutherland      Presented by J. Beispiel 1925"), or an institution's heading
    beside the data label's first line ("HERB. HORT. BOT. REG. KEW     Exampla africana Muster",
    "KASVIMUSEO    Ta: Sampla, kallio"): a column with a stamp's cue or an institution's name
    is the stamp's, and so is the next when it waits for its value or its giver ("Presented by
    K. Muster"); the other columns are the data label's if they hold words or dates. Empty
    when the line holds no data label's column: a stamp's key and its value apart ("Reg. No.
    1934.12.3"), a heading and its department ("FIELD MUSEUM      BOTANY"). A heading run into
    the taxon's name with one blank between them is the heading's column too ("HERBARIUM OF
    SAMPLETON UNIVERSITY Carex exempla L.", `_heading_before_data`)."""
    spans = _column_spans(text)
    if len(spans) == 1 and (heading := _heading_before_data(text)) is not None:
        return ((spans[0][0], heading),)
    if len(spans) == 1 and (
        (stamp := _dated_stamp_after(text)) is not None
        or (stamp := _register_after(text)) is not None
    ):
        return ((stamp, spans[0][1]),)
    if len(spans) < 2:
        return ()
    columns = [text[a:b] for a, b in spans]
    stamps: list[tuple[int, int]] = []
    data = False
    state = ""
    for span, column in zip(spans, columns, strict=True):
        cues = {role for role, needs in _line_cues(column) if not needs}
        if Role.data not in cues and (
            _header_alone(column) or cues & {Role.curatorial, Role.donor}
        ):
            stamps.append(span)
            # an institution's name or a stamp with its figures is whole; a cue waiting for its
            # value or its giver goes on into the next column ("Presented by      K. Muster")
            state = "stamp" if _awaiting(column) else ""
            continue
        if Role.data in cues or (
            not state and (_WORDED.search(column) or DATE_LIKE.search(column))
        ):
            state = "data"
        if state == "stamp":
            stamps.append(span)
        # (a word alone beside a heading is the heading's: "FIELD MUSEUM      BOTANY")
        data = data or (
            state == "data" and (len(column.split()) > 1 or re.search(r"\d", column) is not None)
        )
    return tuple(stamps) if data else ()


def _dated_stamp_after(text: str) -> int | None:
    """Where a dated stamp starts on a line that opens with the data label's date or its
    collector's name alone, one blank between them, as the OCR reads a stamp beside the line
    ("20 June 1911 Received 3.2.1921", "H. Sampleva Imaged 2015", "12 May 1931 Accession No.
    12345 1.1.1987"), or None: the stamp's words are the table's curatorial cues alone (no
    donor's: "K. Muster Bequest" is the giver's label) with a date or a year, no register's
    number ("K. Muster B.M. 1950-12" is a giver's label too)."""
    for m in re.finditer(r"\s+", text):
        left, rest = text[: m.start()].strip(), text[m.end() :]
        if not left or not (date_alone(left) or _PERSON_LINE.fullmatch(left)):
            continue
        cues = _line_cues(rest)
        if (
            not _line_cues(left)
            and cues
            and all(role is Role.curatorial and not needs for role, needs in cues)
            and (DATE_LIKE.search(rest) is not None or _YEAR.search(rest) is not None)
            and REGISTER_NUMBER.search(rest) is None
        ):
            return m.end()
    return None


def _register_after(text: str) -> int | None:
    """Where a museum's register number after its initials or its name starts on a line that
    opens with the data label's words, as the OCR reads an insect's stacked labels into one line
    ("Sampleton, 12.vi.1932 Brit. Mus. 1932-456.", "Sampleton / 12.vi.1932 / K. Muster B.M.
    1932-456."), or None: the register's number is no collector's, its year no collection's.
    The words before it hold no stamp's cue of their own; a giver's may ("K. Muster coll. B.M.
    1932-456.": the register records the gift, its number is none of his)."""
    if _REGISTER_LINE.fullmatch(text) is not None:
        return None  # the register's line whole ("Brit. Mus. 1937-512.")
    for m in re.finditer(r"\s+", text):
        left, rest = text[: m.start()].strip(), text[m.end() :]
        if (
            rest[:1].isalpha()
            and _REGISTER_LINE.fullmatch(rest) is not None
            and {role for role, _ in _line_cues(rest)} == {Role.curatorial}
        ):
            cues = {role for role, _ in _line_cues(left)}
            words = re.search(r"[^\W\d_]{3,}", left) is not None
            return m.end() if words and Role.curatorial not in cues else None
    return None


def _heading_before_data(text: str) -> int | None:
    """Where an institution's heading ends on a line that runs on into the data label's first
    line after it ("HERBARIUM OF SAMPLETON UNIVERSITY Carex exempla L.", "HERB. HORT. BOT. REG.
    KEW. Exampla minor L.", "HERBARIUM OF THE UNIVERSITY OF SAMPLETON Dummerton, hedge bank"),
    or None: the words before it (`institution_names.data_after_heading`) are an institution's
    name or a stamp's cue alone, no figures, no person's initials, and the words after it are no
    stamp's nor another institution's ("HERB. HORT. KEW. Distributed 1931" is the stamp's
    whole). A person's herbarium ("Herb. K. Muster Exampla minor") is left whole to the people
    parser."""
    start = data_after_heading(text)
    if start is None:
        return None
    head, rest = text[:start].rstrip(), text[start:]
    # (its letters as the OCR read them for figures: "HERBARIUM 0F THE SAMPLETON MUSEUM")
    name = figures_as_letters(head)
    cues = {role for role, needs in _line_cues(name) if not needs}
    if (
        re.search(r"\d", name)
        or _INITIALLED.search(name)
        or _personal_herbarium(name, cues)
        or place_named_after(name)
        or not (_names_institution(name) or cues == {Role.curatorial})
        or {role for role, _ in _line_cues(rest)} & {Role.curatorial, Role.donor}
        or _names_institution(rest)
    ):
        return None
    return len(head)


# a key waiting for its value at a column's end ("Reg. No.", "Acc. No:", "Date:")
_KEY_END = re.compile(r"(?:\b(?:No|NO|Nr|NR|N:o)\.?|№|:)\s*$")


def _awaiting(column: str) -> bool:
    """Whether a stamp's column waits for the next one: a giver's cue ("Presented by", "Geschenk
    von"), a key without its value ("Reg. No."), a stamp's one word ("Eingang")."""
    return (
        _giving_cue(column)
        or _KEY_END.search(column) is not None
        or (len(column.split()) == 1 and not _header_alone(column))
    )


def _header_alone(text: str) -> bool:
    """Whether a column is an institution's name alone: no figures, no person's initials."""
    return _names_institution(text) and not re.search(r"\d", text) and not _INITIALLED.search(text)


def _spans_of(label: Label, lines: Sequence[int]) -> list[tuple[int, int]]:
    """The offsets in `label.text` of the stamp's columns on lines not blanked whole, and of a
    heading's address run into the taxon's name under it (`_address_before_data`)."""
    out = [
        (label.lines[i].start + a, label.lines[i].start + b)
        for i in range(len(label.lines))
        if i not in lines
        for a, b in stamp_columns(label.lines[i].text)
    ]
    for i in range(1, len(label.lines)):
        if i not in lines and (end := _address_before_data(label, i)) is not None:
            start = label.lines[i].start
            out.append(
                (start + len(label.lines[i].text) - len(label.lines[i].text.lstrip()), start + end)
            )
    return out


def _address_before_data(label: Label, i: int) -> int | None:
    """Where the address under an institution's name ends on a line the OCR ran on into the
    taxon's name ("SAMPLETON MUSEUM / 12 EXAMPLE STREET Exampla minor L.", "THE MANCHESTER
    MUSEUM / THE UNIVERSITY, MANCHESTER Rosa canina L."), or None: the address, in capitals,
    is the heading's, not the specimen's place."""
    above = label.lines[i - 1].text
    if not (label.institution[i - 1] or _names_institution(figures_as_letters(above))):
        return None
    text = label.lines[i].text
    start = data_after_heading(text)
    if start is None:
        return None
    head = text[:start].rstrip()
    words = re.findall(r"[^\W\d_]+", head)
    return (
        len(head)
        if words
        and all(w.isupper() for w in words)
        and (address_shaped(head) or _names_institution(head) or names_street(head))
        else None
    )


def stamp_lines(label: Label) -> list[int]:
    """Positions in `label.lines` of the lines that are a stamp's, a register's or a donor's
    inside another label ("Dupl. sent to: ... , / ..., ...", "Reg. 1950-12" under a data label),
    with the lines such a list runs on to, and the address under an institution's name that
    only `institution_names` knows (`header_address`)."""
    return sorted({*_stamp_lines(label), *header_address(label)})


def masked(label: Label, lines: Sequence[int], spans: Sequence[tuple[int, int]] = ()) -> Label:
    """The label with `lines` blanked out (spaces, so every offset still points at the same
    character), and the (start, end) `spans` of `label.text`: what a parser that must not read
    them sees."""
    if not lines and not spans:
        return label
    chars = list(label.text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    kept: list[Line] = []
    for i, line in enumerate(label.lines):
        if i in lines:
            chars[line.start : line.end] = " " * len(line.text)
        if i in lines or any(line.start <= a < line.end for a, _ in spans):
            line = replace(line, text="".join(chars[line.start : line.end]))
        kept.append(line)
    return Label(label.position, label.label, "".join(chars), kept, label.words)


@dataclass(frozen=True)
class Views:
    """The labels as each parser should read them: those of the roles that carry its fields,
    with the stamp lines inside them blanked."""

    labels: Sequence[Label]
    roles: dict[int, Role]
    clean: dict[int, Label]

    def of(self, *roles: Role) -> list[Label]:
        return [self.clean[lab.label] for lab in self.labels if self.roles[lab.label] in roles]


def affiliation_lines(label: Label) -> list[int]:
    """Positions in `label.lines` of the institution a determination slip ends with: the
    determiner's affiliation under the name ("rev. A. Person 1990 / University of X, Examplia"),
    whose town and country are not where the specimen grew. Not the determiner's own line ("Det.
    A. Person, 1974 Herbarium Exempli"), nor a heading the name follows ("Det. / HERBARIUM OF X /
    A. Person": the heading parts the key from the name)."""
    roles = _label_line_roles(label, range(len(label.lines)))
    out: list[int] = []
    for i in reversed(range(len(label.lines))):
        text = label.lines[i].text
        if not _substantive(text):
            continue
        if Role.determination in roles[i] or not (
            is_institution(text) or institution_name(text) or _under_institution(label, i)
        ):
            break
        out.insert(0, i)
    return out


# a year after an address's last word ("CHICAGO, ILLINOIS   1978"): the slip's
_TRAILING_YEAR = re.compile(rf"[\s,.;]+{YEAR}\W*$")


def _under_institution(label: Label, i: int) -> bool:
    """Whether `label.lines[i]` is the town of the institution named on the line above it, or
    two above over its first address line, its year beside it or not ("FIELD MUSEUM OF NATURAL
    HISTORY / CHICAGO, ILLINOIS   1978", "Museum Botanicum / Sampleton / EXAMPLIA")."""

    def named(k: int) -> bool:
        text = label.lines[k].text
        return is_institution(text) or institution_name(text)

    def address(k: int) -> bool:
        # (a person's initialled name is the determiner under his heading: "Det. / HERBARIUM OF
        # X / A. Person")
        text = label.lines[k].text
        return address_shaped(_TRAILING_YEAR.sub("", text)) and not _INITIALLED.search(text)

    return i > 0 and address(i) and (named(i - 1) or (i > 1 and address(i - 1) and named(i - 2)))


def _fragments(label: Label) -> list[int]:
    """Positions in `label.lines` of a word's remains the OCR left ("K. Muster / Col / B.M.
    1950-12"): on a donor's label, no place."""
    return [i for i, ln in enumerate(label.lines) if _FRAGMENT.fullmatch(ln.text)]


# a giver's cue alone on its line: the giver's name follows on the next ("Pres. by / Imp. Bur.
# Ent. / 1930-123", "Ex coll. / K. Muster")
_GIVER_CUE = re.compile(
    r"[\W_]{0,3}(?:pres(?:ented)?\.?\s+by|donated\s+by|ex\s+coll(?:ection)?\.?|ex\s+herb(?:ario)?\.?)"
    r"[\W_]*",
    re.IGNORECASE,
)


# the short word in small letters a giving stamp's cue ends with, its giver on the next line
# ("Geschenk von", "Purchased from", "Don de", "Dono dedit", "Köpt av")
_GIVING_END = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-Þ]{1,6}[\W_]*$")


@lru_cache(maxsize=8192)
def _giving_cue(text: str) -> bool:
    """Whether a line is a giver's cue alone, the giver's name to follow on the next line: the
    cue words above ("Pres. by", "Ex coll."), or a stamp's or a giver's cue of the table ending
    in a short word in small letters, no figures, no institution ("Geschenk von", "Ankauf von",
    "Purchased from", "Don de", "Dono dedit"). "Herbarium of / K. Muster" is a herbarium's
    header, "Det. / K. Muster" a determiner's."""
    if _GIVER_CUE.fullmatch(text):
        return True
    roles = {role for role, _ in _line_cues(text)}
    return (
        bool(roles)
        and roles <= {Role.curatorial, Role.donor}
        and not re.search(r"\d", text)
        and len(text.split()) <= 3
        and _GIVING_END.search(text) is not None
        and not institution_name(text)
        and not _HERBARIUM_HEAD.match(text)
    )


def _givers(label: Label, *, named: bool = False) -> list[int]:
    """Positions in `label.lines` of the line under a giver's cue that stands alone on its line:
    the giver ("Pres. by / Imp. Bur. Ent.", "Geschenk von / K. Muster"), no place. With
    `named`, only a person's name alone: inside the data label, no other line is the giver's."""
    out: list[int] = []
    for i, ln in enumerate(label.lines[:-1]):
        if not _giving_cue(ln.text.strip()):
            continue
        below = label.lines[i + 1].text
        # the year he gave or sold it after his name ("Purchased from / K. Muster, 1903")
        if (dated := _GIVEN_YEAR.fullmatch(below)) is not None:
            below = dated["giver"]
        if not DATE_LIKE.search(below) and (not named or _PERSON_LINE.fullmatch(below)):
            out.append(i + 1)
    return out


# a giver's name and the year of the gift or the sale after it ("K. Muster, 1903")
_GIVEN_YEAR = re.compile(rf"(?P<giver>.*?[^\W\d_].*?)[\s,;.]+{_YEAR.pattern}[\W_]*")


def views(labels: Sequence[Label]) -> Views:
    roles = label_roles(labels)
    blanked = {
        lab.label: sorted(
            {
                *stamp_lines(lab),
                *(affiliation_lines(lab) if roles[lab.label] is Role.determination else []),
                *(_fragments(lab) + _givers(lab) if roles[lab.label] is Role.donor else []),
            }
        )
        for lab in labels
    }
    clean = {
        lab.label: heading_columns_apart(
            masked(lab, blanked[lab.label], _spans_of(lab, blanked[lab.label])), lab
        )
        for lab in labels
    }
    return Views(labels, roles, clean)


def _heading_column(column: str) -> bool:
    """Whether a column is a collection's or an institution's heading alone ("FLORA OF
    SAMPLESHIRE", "PLANTS OF EXAMPLA", "HERBIER DE SAMPLEVILLE"), no figures."""
    text = figures_as_letters(column)
    return not re.search(r"\d", text) and (is_header(text) or _header_alone(text))


# a form's key opening a column: a word or two and a colon ("County:", "Loc.:", "Collector:")
_FORM_KEY = re.compile(r"[\W_]*[^\W\d_][^\W\d_.]*\.?(?:\s[^\W\d_]+\.?)?\s*:")


def heading_columns_apart(label: Label, read: Label | None = None) -> Label:
    """The label with each line that sets a heading beside the data label's words, as the OCR
    reads a printed heading and the place written beside it as one line ("FLORA OF SAMPLESHIRE
    Probeham, hedge bank", columns apart: `_COLUMNS`), cut into one line per column: the
    heading is read as a heading and the place as the data label's line, not both as one
    heading's. The column found on `read`'s lines (the label before its stamps were blanked);
    a newline takes the place of the blank after each column, so every offset still points at
    the same character."""
    source = read if read is not None else label
    chars: list[str] | None = None
    lines: list[Line] = []
    for k, line in enumerate(label.lines):
        spans = _column_spans(source.lines[k].text) if k < len(source.lines) else []
        columns = [source.lines[k].text[a:b] for a, b in spans]
        rest = [c for c in columns if not _heading_column(c)]
        # (a form's keyed field beside the heading, "Flora of: X      County: Y", is read by its
        # key where it stands)
        if (
            len(spans) < 2
            or len(rest) == len(columns)
            or not any(_WORDED.search(c) for c in rest)
            or any(_FORM_KEY.match(c) for c in rest)
        ):
            lines.append(line)
            continue
        chars = chars if chars is not None else list(label.text)
        for n, (a, b) in enumerate(spans):
            if n + 1 < len(spans):
                chars[line.start + b] = "\n"
            lines.append(replace(line, start=line.start + a, text=line.text[a:b]))
    if chars is None:
        return label
    return Label(label.position, label.label, "".join(chars), lines, label.words)
