"""Catalogue numbers printed on labels and sheets.

Shapes: an institution's code glued to or spaced from its number ("BM000123456", "L.1234567",
"L . 1234567", "B 10 0654321", "NHMUK 012345678", "TENN-L-0012345", "EMEC 512,347"); the code on
one line and the number on the next; the human-readable line printed under a barcode, which OCR
reads with separators ("0 000012 34567 8", 'O " 000012 " 34567 " 8'), joined to the code the sheet
names in brackets ("Herb. ... (BR)"); a bare number under the institution's name ("NEW YORK
BOTANICAL GARDEN / 01234567").

The codes and the shapes of their numbers are a table, `data/institutions.csv`. A number of one of
its institution's shapes ranks first; other numbers on a sheet are not taken: accession and sheet
numbers ("No 912.345 678"), register numbers ("BMNH(E) 1234567", "B.M. 1992-71"), the
numbers of a field-number series ("SFN 12345": the collector's number), years, postal
codes ("B-1860 Meise"). Two different numbers of one shape on a sheet (several specimens mounted
together), or numbers of two institutions, are flagged and lose confidence.

A decoded barcode is better evidence than any of these, so the confidences stay below it; the
pipeline prefers the barcode when it has one and checks the two agree (`pipelines.record`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.coords import coordinate_candidates
from pipelines.fields.geo import country_names, fold, name_key
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.ocr_slips import as_figures
from pipelines.fields.registers import DASH, YEAR
from pipelines.fields.roles import digitisation_stamp
from pipelines.fields.text import Label, Line, candidate, is_institution

__all__ = ["Institution", "Shape", "find_catalog_numbers", "institutions", "split_catalog_number"]


@dataclass(frozen=True)
class Shape:
    """One printed form of an institution's catalogue numbers, from a template ("L.#######")."""

    template: str
    code: str
    punct: str  # punctuation the template puts between code and number: "." in "L.#######"
    tail: re.Pattern[str]  # the letters and digits after the code: r"10\d{7}" for "B 10 #######"
    specificity: int  # how many of those are literal ("L 0######": 1)
    # a shape whose runs of figures may be longer ("J.###+": a register's letter and three
    # figures or more; "####.#+.#+": an accession's year, lot and item): how many runs it has,
    # each one of the number's digit groups (0: a shape of fixed length)
    runs: int = 0

    @classmethod
    def parse(cls, code: str, template: str) -> Shape:
        if not template.startswith(code) or "#" not in template:
            raise ValueError(f"institutions.csv: shape {template!r} is not code + number")
        rest = template[len(code) :]
        lead = re.match(r"[^0-9A-Za-z#@]*", rest)
        punct = (lead.group(0) if lead else "").replace(" ", "")
        pattern, literal = "", 0
        for m in _TOKEN.finditer(rest):
            if m.group("run"):
                n = len(m.group("run"))
                pattern += rf"(\d{{{n},}})" if m.group("more") else rf"(\d{{{n}}})"
            elif m.group(0) == "@":
                pattern += "([A-Z]{1,3})"
            else:
                pattern += f"({re.escape(m.group(0).upper())})"
                literal += 1
        varies = "+" in rest or "@" in rest
        runs = len(re.findall(r"#+", rest)) if varies else 0
        return cls(template, code, punct, re.compile(pattern), literal, runs)

    def fill(self, tail: str) -> str:
        """The number in this shape: the template with its letters and digits taken from `tail`."""
        m = self.tail.fullmatch(tail)
        body = self.template[len(self.code) :]
        if m is None:
            return self.code + body
        parts = iter(m.groups())
        return self.code + _TOKEN.sub(lambda _: next(parts, ""), body)


# a template's tokens: a run of figures, "+" when it may be longer; "@" a register's or
# department's letters ("CAMSM @.###+": "CAMSM X.12345"); a literal letter or figure
_TOKEN = re.compile(r"(?P<run>#+)(?P<more>\+?)|@|[0-9A-Za-z]")


@dataclass(frozen=True)
class Institution:
    code: str
    name: str
    country: str
    kind: str  # herbarium | museum | register
    shapes: tuple[Shape, ...] = field(default=())
    # numbers that end in the code instead of starting with it ("V0123456F"): whole patterns
    suffixed: tuple[str, ...] = field(default=())


def _suffixed_pattern(code: str, template: str) -> str:
    """A shape whose code comes last ("V#######F") as a regular expression."""
    body = template[: -len(code)]
    if "#" not in body or not re.fullmatch(r"[A-Z0-9#]+", body):
        raise ValueError(f"institutions.csv: shape {template!r} is not letters, number and code")
    return re.sub(r"#+", lambda m: rf"\d{{{len(m.group(0))}}}", body) + re.escape(code)


@cache
def institutions() -> dict[str, Institution]:
    """Code -> institution, from `data/institutions.csv`."""
    out: dict[str, Institution] = {}
    for row in data_rows("institutions.csv"):
        code = row["code"].strip()
        templates = [t.strip() for t in row["shapes"].split("|") if t.strip()]
        suffixed = [t for t in templates if t.endswith(code) and not t.startswith(code)]
        shapes = tuple(Shape.parse(code, t) for t in templates if t not in suffixed)
        out[code] = Institution(
            code,
            row["institution"],
            row["country"],
            row["kind"],
            shapes,
            tuple(_suffixed_pattern(code, t) for t in suffixed),
        )
    return out


@cache
def _suffixed() -> re.Pattern[str] | None:
    """Every institution's numbers that end in its code ("V0123456F"), as one pattern."""
    alts = [p for inst in institutions().values() for p in inst.suffixed]
    if not alts:
        return None
    return re.compile(rf"(?<![A-Za-z0-9])(?:{'|'.join(alts)})(?![A-Za-z0-9])")


@cache
def _coded() -> re.Pattern[str]:
    """A known code, then its number: digit groups that may be spaced, dotted or hyphenated."""
    return re.compile(
        rf"(?<![A-Za-z0-9-])(?P<code>{alternation(institutions())})"
        r"(?P<qual>\s?\(\s?[A-Z]{1,3}\s?\))?"  # "BMNH(E)"
        r"(?P<sep>[\s.:\-#]{0,4}?)"
        # "TENN-L-", "RMNH.INS.", "CASENT"; a department's and a register's letters ("NHMUK PV R
        # 1234", "NHMUK PI OR 12345", "MNHN.F.A12345")
        r"(?:(?P<infix>[A-Z]{1,4}(?-i:[\s.\-][A-Z]{1,3}(?=[\s.:\-]{0,3}\d))?)[\s.:\-]{0,3})?"
        # digit groups; after a full stop a group may open with a register's letter ("NMW
        # 24.123.G45")
        r"(?P<num>\d+(?:(?:\s|\s?[,.\-]\s?)\d+|\.(?-i:[A-Z]{1,2})\d+)*)",
        re.IGNORECASE,
    )


# An unknown acronym then a number, as curators print them on insect and packet labels; OCR
# reads the thousands comma of a small label as often as a dot ("EMEC 512.889").
_PADDED_RUN = re.compile(r"[- ][A-Z]{1,4}00\d{4,10}$")
# Or a collection's letters glued to a long number after the acronym ("INBIO CRI000123456",
# "ABCD ENT00012345"): a specimen's code, never a surname's and a collector's number.
_ACRONYM_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?P<v>[A-Z]{2,6}(?:[- ][A-Z]{1,4})?[- ](?:\d{1,3}(?:[,.]\d{3})+|\d{4,10})"
    r"|[A-Z]{2,6}[- ](?P<glued>[A-Z]{1,4})\d{6,12})"
    r"(?![\d,])"
)
_YEAR = re.compile(r"1[789]\d\d|20[0-3]\d")
# a number that starts with a year and a dash is a register or accession number ("1992-71")
_REGISTER = re.compile(rf"{YEAR}{DASH}")
_SINGLE_NUMBER = re.compile(r"\d{5,12}|\d{1,3}(?:[,.]\d{3})+")
_BARE_NUMBER = re.compile(r"^\s*(?P<v>\d{6,12})\s*$")
# A herbarium's code in brackets, as Index Herbariorum cites it: "Herb. Horti Bot. (BR)"; OCR
# often loses the closing bracket at the end of the line.
_BRACKETED = re.compile(r"\(\s*([A-Z]{1,8})\s*(?:\)|$)")
# the human-readable line under a barcode: digit groups with blanks or quote-like marks between
_READABLE = re.compile(r"[\d\s\"'“”„«»·*]+")
_SPACED_DATE = re.compile(r"\d{1,2}\s+\d{1,2}\s+(?:1[6-9]|20)\d\d")
_EDGE = " \t.,;:()[]"
# Words that look like an acronym before a number but are not an institution code.
_NOT_CODES = {
    "NO",
    "NUM",
    "NR",
    "SEC",
    "ALT",
    "ELEV",
    "SR",
    "CR",
    "USA",
    "FL",
    "HWY",
    "RD",
    "NPC",
    # the words of places, plots and traps a number follows on a label of its own ("CAMP 12345",
    # "FIELD 12345", "CERRO 12345", "SANTA ANA 12345"): a place's, a plot's or a field number
    "FIELD",
    "CAMP",
    "PLOT",
    "SITE",
    "STN",
    "STA",
    "TRAP",
    "ROUTE",
    "RT",
    "KM",
    "MI",
    "RIO",
    "CERRO",
    "SIERRA",
    "MONTE",
    "SANTA",
    "SANTO",
    "SAN",
    "LOS",
    "LAS",
    "EL",
    "LA",
    "ST",
    "MOUNT",
    "LAKE",
    "RIVER",
    "COLL",
    "LEG",
    "DET",
    "FIG",
    "VOL",
    "PLATE",
    "SHEET",
    "BOX",
    "LOT",
}

# a collection's word between a museum's code and its number ("MCZ-ENT 00123456", "ZMB INS
# 12345"), or a herbarium's letter of its lichens', vascular plants' or bryophytes' series
# ("WIS-L-0123456", "WIS-V-0123456") or its fungi's ("TU-M 12345"): the number is the museum's
# where the table gives none of its shapes
_COLLECTION_INFIXES = frozenset(
    {"ENT", "ENTO", "INS", "INV", "ZOO", "L", "V", "M", "BRY", "LICH", "COL", "LEP", "HYM", "DIP",
     "HEM",
     # a zoology museum's departments ("ZMB MAM 12345", "ZFMK HERP 1234", "SMF PISC 1234") and its
     # palaeontology's and mineralogy's ("MHNG PAL 1234")
     "MAM", "MAMM", "AVES", "ORN", "REP", "REPT", "HERP", "AMPH", "PISC", "ICH", "MOL", "MOLL",
     "CRU", "ARA", "PAL", "MIN", "GEO"}
)  # fmt: skip
# a series' one letter is read only in capitals and set apart from the number ("WIS-L-0123456";
# "F l876543" is a Field Museum number whose 1 the OCR read as a letter)
_SERIES_LETTER = re.compile(r"[A-Z][\s.:\-]")
# the kinds of the table whose numbers are never a catalogue number: a register's or accession
# number ("BMNH(E) 1234567"), a field-number series' ("SFN 12345": the collector's number)
_NOT_CATALOGUES = ("register", "series")
_FIT = 0.92  # a known code and a number of one of its shapes
_FIT_OTHER = 0.8  # the institution's other series when its preferred one is on the sheet too
_READABLE_LINE = 0.85  # a barcode's digits under the code the sheet names
_KNOWN_CODE = 0.65  # a known code whose shapes the table does not give
_UNUSUAL = 0.5  # a known code and a number of none of its shapes
_ACRONYM = 0.6  # an acronym the table does not know
_CONFLICT = 0.75  # factor when a sheet holds two different numbers of that standing
_LONGEST = 24  # letters and digits after a code: no shape is longer
_UNSURE_WORD = 0.9  # an OCR word read below this is a doubt for a bare number
# a day's and a month's figures, then a year: a date's digits without their marks
_DATE_FIGURES = re.compile(r"[1-9]\d{1,3}(?:1[89]\d\d|20[0-2]\d)")


@dataclass
class _Found:
    lab: Label
    start: int
    end: int
    value: str
    conf: float
    rule: str
    code: str | None = None
    rank: int = 0  # which of the institution's shapes (0: the preferred one)
    fits: bool = False
    flags: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return re.sub(r"\D", "", self.value).lstrip("0")


def find_catalog_numbers(labels: list[Label]) -> list[FieldCandidate]:
    """The catalogue numbers on the sheet, the likeliest first."""
    found: list[_Found] = []
    named = _sheet_codes(labels)
    shapes = _named_shapes(labels)
    # a one-letter code reads as an initial or a compass point, unless the sheet names its
    # institution in full ("FIELD MUSEUM ... / F 1234567")
    bracketed = _bracketed_codes(labels)
    letters = {s.code for s in shapes if len(s.code) == 1} | {c for c in bracketed if len(c) == 1}
    for lab in labels:
        for i, line in enumerate(lab.lines):
            end = line.end
            if _code_alone(line.text) and i + 1 < len(lab.lines):
                end = lab.lines[i + 1].end  # the code on its line, the number on the next
            found += _coded_numbers(lab, line.start, end, letters, bracketed)
            found += _readable_line(lab, i, named)
            found += _acronym_numbers(lab, i)
            found += _bare_number(lab, i)
            found += _identifier_uri(lab, i)
            found += _suffixed_numbers(lab, i)
            found += _misread_numbers(lab, i)
            found += _misread_register_specimen(lab, i)
            found += _misread_museum_number(lab, i, end)
            found += _misread_code(lab, i, shapes)
            found += _keyed_number(lab, i)
        found += _stamp_id(lab)
    _against_named_shapes(found, shapes)
    found = _dedupe(_outside_coordinates(found, labels))
    _weigh(found)
    _stable_identifier_first(found)
    out = [
        candidate(Term.catalogNumber, f.value, f.conf, f.lab, f.start, f.end, f.rule, f.flags)
        for f in found
    ]
    out.sort(key=lambda c: (-c.confidence, -len(c.value)))
    return out


def _code_alone(text: str) -> bool:
    """Whether a line holds an institution's code alone ("NHMUK", "BMNH(E)": with its
    department's letter in brackets)."""
    bare = re.sub(r"\s?\(\s?[A-Z]{1,3}\s?\)$", "", text.strip(" \t.,;:"))
    return bare.strip(_EDGE) in institutions()


# A number's digit groups; a number printed with blanks between its thousands ("44 218", "443 118",
# as French and Dutch labels print them) is one group
_GROUP = re.compile(r"[A-Z]*\d+")
_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+")


def _marked_run(num: str, groups: list[re.Match[str]]) -> list[re.Match[str]]:
    """The digit groups of a number joined by marks up to the first blank after one of them: a
    blank ends a dotted or hyphenated number ("1923.6.14.204 1950": a year after a register's
    number); groups parted by blanks only are left whole ("EMEC 609 930")."""
    marked = False
    for k in range(1, len(groups)):
        between = num[groups[k - 1].end() : groups[k].start()]
        if between.strip():
            marked = True
        elif marked:
            return groups[:k]
    return groups


def _coded_numbers(
    lab: Label,
    start: int,
    end: int,
    letters: Container[str] = (),
    bracketed: Container[str] = (),
) -> list[_Found]:
    """A known code and its number within flat[start:end] (one line, or a code's line and the
    next). `letters`: the one-letter codes whose institution the sheet names in full, whose
    numbers of no shape are read too ("F 1234567" on a Field Museum sheet); `bracketed`: the
    codes the sheet names in brackets ("(S)"), whose numbers may have any series' letter."""
    out: list[_Found] = []
    segment = lab.flat[start:end]
    for m in _coded().finditer(segment):
        code, infix = m.group("code").upper(), (m.group("infix") or "").upper()
        if code + infix in institutions():
            code, infix = code + infix, ""  # "BMNH 123" is BMNH's, not BM's with an infix "NH"
        inst = institutions()[code]
        num_text = m.group("num")
        if _THOUSANDS.fullmatch(num_text):
            groups = list(_THOUSANDS.finditer(num_text))
        else:
            groups = _marked_run(num_text, list(_GROUP.finditer(num_text)))
        digits = [re.sub(r"\s", "", g.group(0)) for g in groups]
        fit = _fit(inst, m.group("sep"), infix, digits)
        while fit is not None and fit[1] < len(groups):
            # a number that runs on past its shortest reading without a blank, a range of a
            # register's serials ("NHMUK 1912.3.4.118-123"): the longest such reading
            if re.search(r"\s", num_text[groups[fit[1] - 1].end() : groups[fit[1]].start()]):
                break
            longer = _fit(inst, m.group("sep"), infix, digits, at_least=fit[1] + 1)
            if longer is None:
                break
            fit = longer
        # a register's numbers are no catalogue number, save those of the shapes the table gives
        # it: a zoology register's year, month, day and serial ("BMNH 1932.4.12.1")
        registered = inst.kind == "register" and fit is not None and not m.group("qual")
        if (inst.kind in _NOT_CATALOGUES or m.group("qual")) and not registered:
            out += _register_specimen_number(lab, start, m, inst, infix)
            continue
        upper = m.group("code").isupper()
        if fit is not None:
            rank, count = fit
            stop = m.start("num") + groups[count - 1].end()
            if (not upper or inst.shapes[rank].runs) and not _alone(segment, m.start(), stop):
                # "l.1234567" is Leiden's only on a line of its own; so is a number of a shape
                # whose length varies ("BP 12345" in running text is a post-office box)
                continue
            # the code as the table spells it: OCR reads Leiden's "L." as "l." on a line of its own
            value = _tidy(m.group("code").upper() + segment[m.end("code") : stop])
            shape = inst.shapes[rank]
            if _INNER_MARK.search(shape.template) and not shape.runs:
                # "EMEC 123.456", "EMEC 123456": the comma inside the number misread or lost
                value = shape.fill(infix + "".join(re.sub(r"\s", "", g[0]) for g in groups[:count]))
            conf = _FIT if upper else _FIT * 0.92
            rule = "catalog.institution" if upper else "catalog.institution_lower"
            out.append(
                _Found(lab, start + m.start(), start + stop, value, conf, rule, code, rank, True)
            )
            continue
        num = m.group("num")
        # a number of none of the institution's shapes: only alone on its line, as one number,
        # and never a year, a register number or a postal code (five digits after two letters
        # that are also a state's or a country's: "NY 10458", "FI-00014")
        if (
            (len(code) < 2 and code not in letters)
            or not upper
            or (infix and not _series_infix(inst, infix, m, named=code in bracketed))
            or (len(infix) == 1 and not _SERIES_LETTER.match(segment, m.start("infix")))
            or (_SINGLE_NUMBER.fullmatch(num) is None and not _short_number(code, num))
            or _YEAR.fullmatch(num)
            or _REGISTER.match(num)
            # (a series' letter between them is no postal code's: "TU-M 12345")
            or (len(code) == 2 and len(num) == 5 and not infix)
            or not (_alone(segment, m.start(), m.end()) or _after_name(segment, m, code))
        ):
            continue
        conf = _UNUSUAL if inst.shapes else _KNOWN_CODE
        flags = ["unusual_length"] if inst.shapes else []
        if inst.suffixed:
            # the stamped number of an institution that keys its barcodes ("F 1234567" beside
            # "V0123456F"): its catalogue number, or the sheet's accession number
            flags.append("several_catalog_numbers")
        value = _tidy(m.group(0))
        f = _Found(lab, start + m.start(), start + m.end(), value, conf, "catalog.code", code)
        f.flags = flags
        out.append(f)
    return out


# A register's code with its department's letter, then one run of six to eight figures alone on
# its line ("BMNH(E) 1234567", "BMNH(E) #654321"): the specimen's own number in the museum's older
# series, printed on the pin before its current barcode (a register's or an accession's number
# starts with its year and a dash: "BMNH(E) 2005-12", never taken). Below a number of a shape the
# table gives ("NHMUK010123456" on the same pin is the catalogue number).
_SPECIMEN_RUN = re.compile(r"\d{6,8}")
_REGISTER_SPECIMEN = 0.8


def _register_specimen_number(
    lab: Label, start: int, m: re.Match[str], inst: Institution, infix: str
) -> list[_Found]:
    num = m.group("num")
    if (
        inst.kind != "register"
        or not m.group("qual")
        or infix
        or not m.group("code").isupper()
        or _SPECIMEN_RUN.fullmatch(num) is None
        or not _alone(m.string, m.start(), m.end())
    ):
        return []
    value = _tidy(m.group(0))
    rule = "catalog.register_specimen"
    return [
        _Found(lab, start + m.start(), start + m.end(), value, _REGISTER_SPECIMEN, rule, inst.code)
    ]


# the same number with letters OCR read for its figures ("BMNH(E) l234567", "BMNH(E) 1O24680")
_MISREAD_REGISTER_SPECIMEN = re.compile(
    r"^\s*(?P<code>[A-Z]{2,6}\s?\(\s?[A-Z]{1,3}\s?\))[\s.:\-#]{0,3}(?P<num>[0-9OoQlI|SB]{6,8})\s*$"
)


def _misread_register_specimen(lab: Label, i: int) -> list[_Found]:
    """A register's specimen number (`_register_specimen_number`) whose figures OCR read as
    letters, mended and doubted as every mended reading."""
    line = lab.lines[i]
    m = _MISREAD_REGISTER_SPECIMEN.match(line.text)
    if m is None or m["num"].isdigit() or sum(c.isdigit() for c in m["num"]) < 5:
        return []
    inst = institutions().get(re.sub(r"\s?\(.*", "", m["code"]))
    if inst is None or inst.kind != "register":
        return []
    value = f"{m['code']} {m['num'].translate(_MISREAD)}"
    s, e = line.start + m.start("code"), line.start + m.end("num")
    f = _Found(lab, s, e, value, _MISREAD_FIT, "catalog.misread", inst.code)
    f.flags = list(_MISREAD_FLAGS)
    return [f]


# A museum's number of a shape whose runs vary ("GLAHM V7O37", "NHMUK PI OR 1458O", "OUMNH
# J.l2345"): in a token after the code that is figures but for the letters OCR reads for them (a
# register's letters before them kept), those letters are read as figures
_MUSEUM_CODE = re.compile(r"\s*(?P<code>[A-Z]{2,6})[\s.:]")
_MIXED_TOKEN = re.compile(
    r"(?<![\w])(?P<lead>[A-Z]{1,2}\.?)?(?P<num>[0-9OoQlI|]*\d[0-9OoQlI|.\-]*)"
)


def _misread_museum_number(lab: Label, i: int, end: int) -> list[_Found]:
    """`_coded_numbers` on the line with its misread figures mended, one character for one so
    that offsets hold: a number of a museum's shape whose runs vary, flagged and doubted as every
    mended reading."""
    line = lab.lines[i]
    m = _MUSEUM_CODE.match(line.text)
    inst = institutions().get(m["code"]) if m else None
    if m is None or inst is None or not any(s.runs for s in inst.shapes):
        return []
    text = line.text
    mended = text[: m.end()] + _MIXED_TOKEN.sub(
        lambda t: (t["lead"] or "") + t["num"].translate(_MISREAD), text[m.end() :]
    )
    if mended == text:
        return []
    flat = lab.text[: line.start] + mended + lab.text[line.end :]
    twin = Label(lab.position, lab.label, flat, lab.lines, lab.words)
    out = []
    for f in _coded_numbers(twin, line.start, max(end, line.end)):
        if not f.fits or f.code != inst.code:
            continue
        f.lab, f.conf, f.rule = lab, min(f.conf, _MISREAD_FIT), "catalog.misread"
        f.flags = [*f.flags, *_MISREAD_FLAGS]
        out.append(f)
    return out


def _series_infix(inst: Institution, infix: str, m: re.Match[str], *, named: bool) -> bool:
    """Whether the letters between a code and a number of none of its shapes are a series' the
    number may be the institution's in: a collection's word after a code the table gives no
    shapes ("MCZ-ENT 00123456"); a letter of the institution's own shapes ("TENN-L-012345" beside
    TENN-L-#######); on a sheet that names the institution by its code in brackets (`named`),
    any letter set off by dashes on both sides ("S-G-12345": a series of one group of plants)."""
    if not inst.shapes and infix in _COLLECTION_INFIXES:
        return True
    own = {ch.upper() for s in inst.shapes for ch in s.template[len(s.code) :] if ch.isalpha()}
    if len(infix) == 1 and infix in own:
        return True
    after = m.string[m.end("infix") : m.start("num")]
    return named and len(infix) == 1 and "-" in m.group("sep") and "-" in after


def _short_number(code: str, num: str) -> bool:
    """A number of four figures after a code of three letters or more ("PRC 1234"), as small
    herbaria number their sheets; not a year's figures (those `_YEAR` keeps out)."""
    return len(code) >= 3 and re.fullmatch(r"[1-9]\d{3}", num) is not None


def _bracketed_codes(labels: list[Label]) -> set[str]:
    """The codes of the institutions a sheet names in brackets ("... NATURAL HISTORY (S)"): a
    one-letter code's numbers of no known shape are read as a longer code's are, and any letter
    of a series may stand before the number ("S-G-12345")."""
    out: set[str] = set()
    for lab in labels:
        for ln in lab.lines:
            for mb in _BRACKETED.finditer(ln.text.rstrip()):
                inst = institutions().get(mb.group(1))
                if inst and inst.kind not in _NOT_CATALOGUES:
                    out.add(mb.group(1))
    return out


# a mark between the digits of a shape's number ("EMEC ###,###"): printed as the shape has it
_INNER_MARK = re.compile(r"#[^#\w\s]#")


def _fit(
    inst: Institution, sep: str, infix: str, groups: list[str], *, at_least: int = 1
) -> tuple[int, int] | None:
    """(which shape, how many digit groups) for the first groups that make a number of one of the
    institution's shapes: the fewest groups (`at_least` of them); the most specific shape, then
    the preferred one."""
    punct = re.sub(r"\s", "", sep)
    tail = re.sub(r"[^0-9A-Za-z]", "", infix)  # "PV R" before "1234": the shape's "P@ @"
    for count, group in enumerate(groups, 1):
        tail += group
        if len(tail) > _LONGEST:
            return None
        if count < at_least:
            continue
        fits = [
            (-s.specificity, rank)
            for rank, s in enumerate(inst.shapes)
            if s.tail.fullmatch(tail)
            and (not s.punct or s.punct in punct)
            # a shape whose length varies takes all the groups: they are its runs
            and (not s.runs or s.runs == count == len(groups))
        ]
        if fits:
            return min(fits)[1], count
    return None


def _readable_line(lab: Label, i: int, named: list[str]) -> list[_Found]:
    """A barcode's human-readable digits ('O " 000012 " 34567 " 8') under the code the sheet
    names: the catalogue number is the code and the digits."""
    line = lab.lines[i]
    text = line.text.strip()
    # OCR reads the leading zero of the line as a letter or a bracket
    if len(text) > 1 and text[0] in "Oo)(" and not text[1].isalnum():
        text = "0" + text[1:]
    if not named or not _READABLE.fullmatch(text) or _SPACED_DATE.fullmatch(text.strip()):
        return []
    groups = re.findall(r"\d+", text)
    digits = "".join(groups)
    # a ruler's or a colour chart's scale is all short groups ("1 2 3 ... 10 11")
    if len(digits) < 7 or max(len(g) for g in groups) < 4:
        return []
    start = line.start + len(line.text) - len(line.text.lstrip())
    end = line.start + len(line.text.rstrip())
    out: list[_Found] = []
    for code in named:
        for rank, shape in enumerate(institutions()[code].shapes):
            if not shape.runs and shape.tail.fullmatch(digits):
                value = shape.fill(digits)
                f = _Found(lab, start, end, value, _READABLE_LINE, "catalog.barcode_line", code)
                f.rank, f.fits = rank, True
                out.append(f)
                break
    return out


def _suffixed_code(value: str) -> str | None:
    """The code of the institution whose shape ending in its code `value` is, whole."""
    for code, inst in institutions().items():
        if any(re.fullmatch(p, value) for p in inst.suffixed):
            return code
    return None


# a series' letter, the number, and a known code of two letters or more glued after it, alone on
# its line ("v0123456WIS"): a herbarium's barcode of the shape the table gives for the Field
# Museum's ("V0123456F"), of an institution whose shape the table does not give
_CODE_LAST = re.compile(r"^\s*(?P<v>[A-Za-z]{1,2}\d{5,10}(?P<code>[A-Z]{2,6}))\s*$")


def _suffixed_numbers(lab: Label, i: int) -> list[_Found]:
    """A number of a shape that ends in its institution's code ("V0123456F", the Field Museum's
    barcodes): the shape alone says whose it is."""
    pattern, line = _suffixed(), lab.lines[i]
    out: list[_Found] = []
    for m in pattern.finditer(line.text) if pattern is not None else ():
        code = _suffixed_code(m.group(0))
        s, e = line.start + m.start(), line.start + m.end()
        out.append(_Found(lab, s, e, m.group(0), _FIT, "catalog.institution", code, fits=True))
    last = _CODE_LAST.match(line.text)
    if not out and last is not None:
        inst = institutions().get(last["code"])
        if inst is not None and inst.kind not in _NOT_CATALOGUES and not inst.suffixed:
            s, e = line.start + last.start("v"), line.start + last.end("v")
            out.append(_Found(lab, s, e, last["v"], _KNOWN_CODE, "catalog.code", inst.code))
    return out


# The letters OCR reads for digits inside a barcode's number ("C0l23456F", "E0O123456", "US
# 12345S7"), and a code's number that holds one or more of them: a known code (or a code last) and
# the digits, alone on their line; a space OCR put before a final code ("C0123456 F") is dropped.
_MISREAD = as_figures("OoQlI|SB")
_MISREAD_NUMBER = re.compile(
    # (a series' letters after the code, joined to it or set apart by a space before their mark:
    # "TENN-L-", "UPS V-")
    r"(?<![A-Za-z0-9])(?P<code>[A-Z]{1,6})(?:(?:[.\-]|\s(?=[A-Z]{1,4}[.\-]))(?P<infix>[A-Z]{1,4}))?"
    r"(?P<sep>[.\-]|\s)?"
    # the number: one run, or groups spaced as the shape prints them ("B lO 0654321"), or with a
    # thousands' mark
    r"(?P<num>[0-9OoQlI|SB]{1,3}[,.][0-9OoQlI|SB]{3}(?![.\w])"
    # an accession's dotted groups ("LIV.l980.33.2O7")
    r"|[0-9OoQlI|SB]{1,6}(?:\.[0-9OoQlI|SB]{1,6}){1,3}"
    r"|[0-9OoQlI|SB]{1,14}(?:\s[0-9OoQlI|SB]{2,14}){0,2})"
    r"(?:\s?(?P<last>[A-Z]))?(?![A-Za-z0-9])"
)
_MISREAD_FIT = 0.7  # the reading repaired: a doubt however well the number fits
# the letters OCR reads for a final code's letter, its stem alike ("V0123456P" for the Field
# Museum's "V0123456F")
_LAST_LETTER_TWINS = {"P": "F", "E": "F", "B": "F"}
_MISREAD_FLAGS = ("ocr_repaired", "unsure_reading")


def _misread_numbers(lab: Label, i: int) -> list[_Found]:
    """A catalogue number of a known shape once the letters OCR read for its digits are read as
    digits ("C0l23456F", "MO-l234567", "E0O123456"): flagged, below a sure reading."""
    line = lab.lines[i]
    out: list[_Found] = []
    for m in _MISREAD_NUMBER.finditer(line.text):
        num, last = m["num"], m["last"] or ""
        code, sep, infix = m["code"], m["sep"] or "", m["infix"] or ""
        if infix and not infix.strip("OI") and not sep:
            # the letters after the code's mark are the number's first figures ("L.O123456")
            sep, num, infix = m.group(0)[len(code)], infix + num, ""
        # a thousands' mark inside the number ("EMEC 6l2,345") is the shape's to print
        fixed = re.sub(r"[,.\s]", "", num.translate(_MISREAD))
        glued = not m["sep"] and len(m["code"]) > 1 and m["code"][-1] in "OI"
        spaced = bool(last) and m.group(0)[-2].isspace()
        # the final letter read as B, taken for an 8 ("V0123456B"; `fixed` ends in that 8): the
        # letter, where only its twin fits the institution's shape
        if (
            not last
            and num.endswith("B")
            and not _suffixed_code(code + fixed)
            and _suffixed_code(code + fixed[:-1] + "F")
        ):
            num, fixed, last = num[:-1], fixed[:-1], "B"
        twin = _LAST_LETTER_TWINS.get(last, "")
        swapped = bool(
            twin and not _suffixed_code(code + fixed + last) and _suffixed_code(code + fixed + twin)
        )
        if swapped:
            last = twin
        figures = sum(c.isdigit() for c in num)
        # five true figures at least; four of six after a code of three letters or more
        # ("MANCH O472l3"), which no word runs into
        few = figures < 5 and not (figures >= 4 and len(fixed) >= 6 and len(code) >= 3)
        if not (fixed != num or spaced or glued or swapped) or few:
            continue
        if len(line.text.strip()) > len(m.group(0)) + 2:
            continue  # in running text a misread run is a word as often
        dotted = num.count(".") > 1 or (num.count(".") == 1 and "," not in num and not last)
        if dotted and re.fullmatch(r"[^.]{1,3}\.[^.]{3}", num) is None:
            # an accession's groups, each a run of its shape ("LIV.l980.33.2O7")
            read = _misread_groups(code, sep, infix, num.translate(_MISREAD), m)
        else:
            read = _misread_value(code, sep, fixed, last, infix)
        if read is None and glued:
            # the number's first digits read as letters glued to the code ("CO123456F",
            # "KOOO123458", "BMOO0123456"): the longest known code before them
            lead = len(code.rstrip("OI"))
            for k in range(len(code) - 1, max(lead, 1) - 1, -1):
                read = _misread_value(code[:k], "", code[k:].translate(_MISREAD) + fixed, last)
                if read is not None:
                    break
        if read is None and not last and not glued and not dotted:
            read = _misread_unshaped(code, infix, fixed, m)
        if read is None:
            continue
        value, owner = read
        s, e = line.start + m.start(), line.start + m.end()
        f = _Found(lab, s, e, value, _MISREAD_FIT, "catalog.misread", owner, fits=True)
        f.flags = list(_MISREAD_FLAGS)
        out.append(f)
    return out


def _misread_unshaped(
    code: str, infix: str, digits: str, m: re.Match[str]
) -> tuple[str, str] | None:
    """(the number as printed, its figures mended; its institution's code) after a known code
    the table gives no shapes ("TU l23456", "TUR l23456", "TU-M l2345"): one run of five to ten
    figures, after a collection's letters at most, as `_coded_numbers` reads such a code's
    numbers printed right."""
    inst = institutions().get(code)
    if inst is None or inst.kind in _NOT_CATALOGUES or inst.shapes or inst.suffixed:
        return None
    if not 5 <= len(digits) <= 10 or not digits.isdigit() or _YEAR.fullmatch(digits):
        return None
    if infix and infix not in _COLLECTION_INFIXES:
        return None
    if len(code) < 2 or (len(code) == 2 and len(digits) == 5 and not infix):
        return None  # a postal code's five figures after two letters ("FI-00014")
    return m.group(0)[: m.start("num") - m.start()] + digits, code


def _misread_value(
    code: str, sep: str, digits: str, last: str, infix: str = ""
) -> tuple[str, str] | None:
    """(the number, its institution's code) when `code`, an `infix` ("TENN-L-"), `digits` and a
    final `last` code make a number of one of the table's shapes."""
    if last:
        owner = _suffixed_code(code + digits + last)
        return (code + digits + last, owner) if owner else None
    inst = institutions().get(code)
    if inst is None or inst.kind in _NOT_CATALOGUES:
        return None
    fit = _fit(inst, sep, infix, [digits])
    return (inst.shapes[fit[0]].fill(infix + digits), code) if fit is not None else None


def _misread_groups(
    code: str, sep: str, infix: str, num: str, m: re.Match[str]
) -> tuple[str, str] | None:
    """(the number as printed, its figures mended; its institution's code) when `num`'s dotted
    groups make a number of one of the table's shapes whose runs vary ("LIV.####.#+.#+")."""
    inst = institutions().get(code)
    if inst is None or inst.kind in _NOT_CATALOGUES:
        return None
    groups = num.split(".")
    if not all(g.isdigit() for g in groups):
        return None
    fit = _fit(inst, sep, infix, groups)
    if fit is None or not inst.shapes[fit[0]].runs:
        return None
    return m.group(0)[: m.start("num") - m.start()] + num, code


# A capital word of five letters or more, two of them vowels and no three consonants running,
# reads as a surname, not an acronym: a collector's name and his number ("MUSTER 1234",
# "BEISPIEL 56789"), no collection's code ("USNMENT 0123456", "KRTSCH 12345")
_SURNAME_LIKE = re.compile(r"(?=[A-Z]{5,}$)(?!.*[^AEIOUY\W]{3})(?:[^AEIOUY]*[AEIOUY]){2}[A-Z]*")


# an unknown acronym and a collection's letters glued to a padded number, alone on their line,
# with the letters OCR reads for capitals and figures ("lNBIO CRI000456789", "INBIO CRI0001l2233")
_MISREAD_GLUED = re.compile(
    r"^\s*(?P<code>[A-Zl|][A-Z]{1,5})(?P<sep>[- ])(?P<infix>[A-Z]{1,4})"
    r"(?P<num>[0O]{2}[0-9OolI|]{4,10})\s*$"
)


def _misread_glued(lab: Label, i: int) -> list[_Found]:
    """`_MISREAD_GLUED`'s number mended ("lNBIO" is "INBIO", "0001l2233" is "000112233"):
    flagged and doubted, as every mended reading; only where a letter was read for another."""
    line = lab.lines[i]
    m = _MISREAD_GLUED.match(line.text)
    if m is None:
        return []
    code = m["code"].replace("l", "I").replace("|", "I")
    num = m["num"].translate(_MISREAD)
    if (code == m["code"] and num == m["num"]) or sum(c.isdigit() for c in m["num"]) < 6:
        return []
    if code in _NOT_CODES or code in institutions() or name_key(code) in country_names():
        return []
    value = f"{code}{m['sep']}{m['infix']}{num}"
    s, e = line.start + m.start("code"), line.start + m.end("num")
    f = _Found(lab, s, e, value, _ACRONYM * 0.8, "catalog.acronym")
    f.flags = ["unknown_code", *_MISREAD_FLAGS]
    return [f]


def _acronym_numbers(lab: Label, i: int) -> list[_Found]:
    """An acronym the table does not know, then a number, alone on its line ("LSH ENT 000123");
    its letters misread, mended (`_misread_glued`)."""
    line = lab.lines[i]
    out: list[_Found] = _misread_glued(lab, i)
    for m in _ACRONYM_NUMBER.finditer(line.text):
        code = re.split(r"[- ]", m.group("v"))[0]
        # Only a number standing on its own line is a catalogue number: inside running text
        # the same shape is a sample code or a road ("sample codes (NCI): PQRT-0243-K").
        if (
            code in _NOT_CODES
            or code in institutions()
            # a country's or a region's name ("KENYA 12345", "BORNEO 12345"): a place's number
            or name_key(code) in country_names()
            # (a surname-like acronym only before a barcode's padded run: "INBIO CRI000123456")
            or (_SURNAME_LIKE.fullmatch(code) and not _PADDED_RUN.search(m.group("v")))
            or len(line.text.strip()) > len(m.group("v")) + 2
        ):
            continue
        if _YEAR.fullmatch(m.group("v")[len(code) :].strip(" -")):
            continue  # initials and a year ("KAV 1986"), a determiner's mark
        s, e = line.start + m.start("v"), line.start + m.end("v")
        f = _Found(lab, s, e, m.group("v"), _ACRONYM, "catalog.acronym")
        # whose number it is the table cannot say: a collector's series, a plot's or a trap's
        # number as often as a collection's ("NGP 12345"); a barcode that reads it settles it
        f.flags = ["unknown_code"]
        out.append(f)
    return out


def _bare_number(lab: Label, i: int) -> list[_Found]:
    line = lab.lines[i]
    # The number printed under the institution name is the sheet's accession number.
    after_institution = i > 0 and is_institution(lab.lines[i - 1].text)
    m = _BARE_NUMBER.match(line.text)
    if m is None:
        return _misread_bare_number(lab, i) if after_institution else []
    s, e = line.start + m.start("v"), line.start + m.end("v")
    leading_zero = m.group("v").startswith("0")
    conf = 0.75 if after_institution else (0.5 if leading_zero else 0.3)
    rule = "catalog.after_institution" if after_institution else "catalog.bare_number"
    f = _Found(lab, s, e, m.group("v"), conf, rule)
    if not (after_institution or leading_zero) and (
        lab.word_confidence(s, e) < _UNSURE_WORD or _DATE_FIGURES.fullmatch(m.group("v"))
    ):
        # neither an institution above it nor a barcode's zeros, and read unsurely or ending in
        # a year: a date whose marks the OCR lost ("vi-vii.1978" read as "1541978", "12.iii.1930"
        # as "121930") or a garbled line as often as the specimen's number
        f.flags = ["unsure_reading"]
    return [f]


# a bare number with letters OCR read for its figures ("00l23456"): five figures at least
_MISREAD_BARE = re.compile(r"^\s*(?P<v>(?=(?:\D*\d){5})[0-9OolI|]{6,12})\s*$")


def _misread_bare_number(lab: Label, i: int) -> list[_Found]:
    """The number under an institution's name with its figures misread as letters ("NEW YORK
    BOTANICAL GARDEN / 00l23456"): the institution's name stands for its code, so the number is
    mended, and doubted."""
    line = lab.lines[i]
    m = _MISREAD_BARE.match(line.text)
    if m is None or m["v"].isdigit():
        return []
    s, e = line.start + m.start("v"), line.start + m.end("v")
    value = m["v"].translate(_MISREAD)
    f = _Found(lab, s, e, value, _MISREAD_FIT, "catalog.after_institution")
    f.flags = list(_MISREAD_FLAGS)
    return [f]


# a code's letter OCR reads for another's ("B00612003" for Edinburgh's E00612003), or a code's
# last letter read as a figure ("F1098377" for Florence's FI 098377)
_CODE_LETTER_TWINS = {"B": "E", "E": "B", "F": "E", "8": "B"}
_FIGURE_LETTERS = {"1": "I", "0": "O", "l": "I"}
_GLUED_CODE = re.compile(r"^\s*(?P<code>[A-Z]{1,5})(?P<num>[0-9]{5,14})\s*$")


def _misread_code(lab: Label, i: int, shapes: list[Shape]) -> list[_Found]:
    """A number alone on its line whose code OCR misread, mended where the mended code's shape
    fits: a letter read for its twin when the sheet names the institution whose shape that is
    ("ROYAL BOTANIC GARDEN EDINBURGH / B00612003"); a code's last letter read as a figure when
    the code as read fits none of its shapes ("F1098377": FI's six figures, not the Field
    Museum's barcode). Doubted, as every mended reading."""
    line = lab.lines[i]
    m = _GLUED_CODE.match(line.text)
    if m is None:
        return []
    code, num = m["code"], m["num"]
    insts = institutions()
    own = insts.get(code)
    if own is not None and _fit(own, "", "", [num]) is not None:
        return []
    named = {s.code for s in shapes}
    reads: list[tuple[str, str]] = []
    twin = "".join(_CODE_LETTER_TWINS.get(c, c) for c in code[:1]) + code[1:]
    if twin != code and twin in named:
        reads.append((twin, num))
    letter = _FIGURE_LETTERS.get(num[0], "")
    if letter and (own is None or own.code not in named):
        reads.append((code + letter, num[1:]))
    for new, digits in reads:
        inst = insts.get(new)
        if inst is None or inst.kind in _NOT_CATALOGUES:
            continue
        fit = _fit(inst, "", "", [digits])
        if fit is None:
            continue
        s, e = line.start + m.start("code"), line.start + m.end("num")
        value = inst.shapes[fit[0]].fill(digits)
        f = _Found(lab, s, e, value, _MISREAD_FIT, "catalog.misread", new, fit[0], True)
        f.flags = list(_MISREAD_FLAGS)
        return [f]
    return []


# a museum's own key before its catalogue number, at the line's start ("Reg. No. 1911.7.4.21",
# "Cat. No. 12345", "Catalogue no.: 4567"); after a published catalogue's name the same key is
# that catalogue's entry ("Wall. Cat. No. 1234"), so only at the line's start
_KEYED = re.compile(
    r"^\s*(?:Reg(?:istration|ister)?|Cat(?:alogue|alog)?)\.?\s*(?:No|Nr|Number)\.?\s*[:#]?\s*"
    r"(?P<v>[A-Z]{0,4}[\s.\-]?\d+(?:[.\-/]\d+)*)\s*$",
    re.IGNORECASE,
)
_DOTTED_REGISTER = re.compile(rf"{YEAR}(?:\.\d{{1,5}}){{2,4}}")
_KEYED_CONF = 0.6  # the museum's key says it is the specimen's number, not which series


def _keyed_number(lab: Label, i: int) -> list[_Found]:
    """The number after a museum's "Reg. No." or "Cat. No." key: its register's or catalogue's
    number for the specimen, below a barcode of a known shape on the same sheet."""
    line = lab.lines[i]
    m = _KEYED.match(line.text)
    if m is None or sum(c.isdigit() for c in m["v"]) < 3:
        return []
    dotted = _DOTTED_REGISTER.fullmatch(m["v"]) is not None
    if m.group(0).lstrip()[:3].lower() == "reg" and not dotted:
        # a register's serial alone ("Reg. No. 1234") is an accession's, the barcode the number
        # the institution publishes; its year and parts ("1911.7.4.21") are the zoology register's
        return []
    if not dotted and sum(c.isdigit() for c in m["v"]) < 5:
        return []  # a published catalogue's entry as often ("Herb. Wallich / Cat. No. 1234")
    s, e = line.start + m.start("v"), line.start + m.end("v")
    return [_Found(lab, s, e, _tidy(m["v"]), _KEYED_CONF, "catalog.keyed")]


def _outside_coordinates(found: list[_Found], labels: list[Label]) -> list[_Found]:
    """The numbers that are no part of the sheet's coordinates: a longitude after its compass
    letter is no number of the institution whose code is that letter ("GPS: N 37.1234 W
    085.5678" is not Vienna's W 0855678)."""
    spans = [
        (c.evidence.label, c.evidence.start, c.evidence.end)
        for c in coordinate_candidates(labels)
        if c.evidence.start is not None and c.evidence.end is not None
    ]
    return [
        f
        for f in found
        if not any(lab == f.lab.label and s < f.end and f.start < e for lab, s, e in spans)
    ]


def _name_words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z]+", fold(re.sub(r"\(.*?\)", " ", text)))) + " "


@cache
def _named_institutions() -> dict[str, list[Shape]]:
    """An institution's name as labels print it, its words folded -> the shapes of the numbers
    it prints after its code ("royal botanic garden edinburgh" -> E########); an institution
    whose numbers end in its code ("V#######F") has a shape no bare number fits."""
    out: dict[str, list[Shape]] = {}
    insts = institutions()
    names = [(inst.name, inst) for inst in insts.values()]
    names += [(name, insts[code]) for name, code in _FORMER_NAMES.items() if code in insts]
    short = [(name, insts[code]) for name, code in _SHORT_NAMES.items() if code in insts]
    for name, inst in names + short:
        # (a shape whose length varies says nothing of a bare number's)
        shapes = [s for s in inst.shapes if not s.runs]
        if inst.suffixed:
            # (a bare number is no barcode of its shape: at most its accession number)
            shapes.append(Shape(inst.code, inst.code, "", re.compile("(?!)"), 0))
        if (
            shapes
            and inst.kind not in _NOT_CATALOGUES
            and (len(name.split()) >= 3 or name in _SHORT_NAMES)
        ):
            out.setdefault(_name_words(name), []).extend(shapes)
    return out


# The names institutions printed on their labels before their present ones (the Field Museum was
# the Chicago Natural History Museum in 1943-1966)
_FORMER_NAMES = {
    "Chicago Natural History Museum": "F",
    "British Museum (Natural History)": "BM",
    "United States National Museum": "US",
}


# The short names institutions stamp on their sheets that no other institution bears (names of
# fewer than three words are otherwise too common to tell an institution): "Field Museum", the
# Paris museum's stamp "HERB. MUS. PARIS"
_SHORT_NAMES = {"Field Museum": "F", "Herb. Mus. Paris": "P", "Muséum Paris": "P"}


def _named_shapes(labels: list[Label]) -> list[Shape]:
    """The shapes of the numbers of the institutions the sheet names in full."""
    shapes: list[Shape] = []
    for lab in labels:
        for line in lab.lines:
            words = _name_words(line.text)
            for name, own in _named_institutions().items():
                if name in words:
                    shapes += own
    return shapes


# digits OCR reads for a code's capital letters ("800123456" for E00123456, "1000123456" for
# K000123456)
_CODE_MISREAD = {"E": "83", "B": "83", "K": "1", "S": "5", "O": "0", "I": "1", "L": "1", "G": "6"}


def _against_named_shapes(found: list[_Found], shapes: list[Shape]) -> None:
    """A bare number under an institution whose numbers have a known shape, when it fits none:
    repaired where its first digits are that shape's code misread ("800123456" under the name of
    the garden whose numbers are E########), else doubted; a number that fits is left alone."""
    if not shapes:
        return
    for f in found:
        if f.rule not in ("catalog.bare_number", "catalog.after_institution"):
            continue
        value = re.sub(r"\D", "", f.value)
        if any(s.tail.fullmatch(value) for s in shapes):
            continue
        for s in shapes:
            n = len(s.code)
            lead, rest = value[:n], value[n:]
            misread = len(lead) == n and all(
                d in _CODE_MISREAD.get(c, "") for c, d in zip(s.code, lead, strict=True)
            )
            if misread and s.tail.fullmatch(rest):
                f.value, f.code, f.fits = s.fill(rest), s.code, True
                f.rule, f.conf = "catalog.misread", min(f.conf, _MISREAD_FIT)
                f.flags = [*f.flags, *_MISREAD_FLAGS]
                break
        else:
            f.flags = [*f.flags, "unsure_reading"]  # not the shape the sheet's institution prints


def _sheet_codes(labels: list[Label]) -> list[str]:
    """The institutions the sheet names by code: in brackets ("(BR)"), or alone on a line."""
    codes: list[str] = []
    for lab in labels:
        words = [m.group(1) for ln in lab.lines for m in _BRACKETED.finditer(ln.text.rstrip())]
        # a letter alone on a line is more often a compass point or an initial than a code
        words += [w for ln in lab.lines if len(w := ln.text.strip(_EDGE)) > 1]
        for w in words:
            inst = institutions().get(w)
            if inst and inst.kind not in _NOT_CATALOGUES and inst.shapes and w not in codes:
                codes.append(w)
    return codes


# a person's name ending before a code: an initial's or a surname's last letters ("K. Muster")
_NAME_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z]\.\s?)+[A-Z][a-z\u00e0-\u017f]+[\s,]*$")


def _after_name(text: str, m: re.Match[str], code: str) -> bool:
    """A herbarium's code of three letters or more and its number closing the line after the
    collector's name, as a curator adds the sheet's number to its collector ("K. Muster MEL
    1234567")."""
    return (
        len(code) >= 3
        and not text[m.end() :].strip(_EDGE)
        and _NAME_BEFORE.search(text[: m.start()]) is not None
    )


def _alone(text: str, start: int, end: int) -> bool:
    return not text[:start].strip(_EDGE) and not text[end:].strip(_EDGE)


def _tidy(value: str) -> str:
    """The number as printed, without OCR's blanks around its dots and dashes ("L . 1234567")."""
    value = re.sub(r"\s+", " ", value.strip())
    return re.sub(r"\s*([.\-])\s*", r"\1", value)


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One reading per span: a shape fit over the weaker rules that read the same characters."""
    out: list[_Found] = []
    taken: dict[int, list[tuple[int, int]]] = {}  # per label, the kept spans in order
    for f in sorted(found, key=lambda f: (not f.fits, -f.conf)):
        spans = taken.setdefault(f.lab.position, [])
        i = bisect.bisect_left(spans, (f.start, f.end))
        if (i > 0 and spans[i - 1][1] > f.start) or (i < len(spans) and spans[i][0] < f.end):
            continue
        spans.insert(i, (f.start, f.end))
        out.append(f)
    return out


def _weigh(found: list[_Found]) -> None:
    """Rank the numbers of known shapes against each other: an institution's other series below
    its preferred one; two different numbers of one standing, or two institutions, flagged."""
    fits = [f for f in found if f.fits]
    best: dict[str | None, int] = {}
    for f in fits:
        best[f.code] = min(f.rank, best.get(f.code, f.rank))
    for f in fits:
        if f.rank > best[f.code]:
            f.conf = min(f.conf, _FIT_OTHER)
    top = [f for f in fits if f.rank == best[f.code]]
    numbers: dict[str | None, set[str]] = {}
    for f in top:
        numbers.setdefault(f.code, set()).add(f.key)
    for f in top:
        if len(numbers[f.code]) > 1:
            f.flags.append("several_catalog_numbers")
            f.conf *= _CONFLICT
        if len(numbers) > 1:
            f.flags.append("several_institutions")
            f.conf *= _CONFLICT
    # numbers after a known code whose shapes the table does not give ("LISU 123456" and "LISU
    # 654321" on one sheet): two different ones leave which is the specimen's a doubt too
    unshaped: dict[str | None, set[str]] = {}
    for f in found:
        if f.rule == "catalog.code":
            unshaped.setdefault(f.code, set()).add(f.key)
    for f in found:
        if f.rule == "catalog.code" and len(unshaped[f.code]) > 1:
            f.flags.append("several_catalog_numbers")
            f.conf *= _CONFLICT


# A specimen's stable identifier as institutions print it on a digitisation stamp: a resolver's
# address and the specimen's own id, glued to it or on the next line
# ("http://id.example.org/ABC.1234", "https://data.example.org/object/ / XY00012345").
_URI = re.compile(r"https?://[^\s/]+(?:/[^\s/]+)*/(?P<id>[A-Za-z0-9][\w.:-]*)?")
_URI_ID = re.compile(r"[A-Za-z]{0,6}[.:-]?\d[\w.:-]{2,}")
_STABLE = 0.95  # the specimen's stable identifier, printed with its resolver


# Between a resolver's address and the id under it a stamp may print one word: the name of the
# digitisation unit or of the collection ("http://id.example.org/ / Digitarium / ABC.1234").
_STAMP_WORD = re.compile(r"[^\W\d_][\w-]*\.?")


def _id_line_after(lab: Label, i: int) -> Line | None:
    """The line under an address that holds a specimen id alone, past at most one word line."""
    for nxt in lab.lines[i + 1 : i + 3]:
        token = nxt.text.strip()
        if _URI_ID.fullmatch(token.rstrip(".")):
            return nxt
        if not _STAMP_WORD.fullmatch(token):
            return None
    return None


def _identifier_uri(lab: Label, i: int) -> list[_Found]:
    """The local id of a specimen URI on line i: the catalogue number the institution publishes
    under it. An address with no id that has figures (a web site) names no specimen."""
    line = lab.lines[i]
    m = _URI.search(line.text)
    if m is None:
        return []
    if m.group("id"):
        if _URI_ID.fullmatch(m.group("id").rstrip(".")) is None:
            return []
        s, e = (
            line.start + m.start("id"),
            line.start + m.start("id") + len(m.group("id").rstrip(".")),
        )
    elif m.end() == len(line.text.rstrip()):
        nxt = _id_line_after(lab, i)
        if nxt is None:
            return []
        token = nxt.text.strip()
        s = nxt.start + nxt.text.index(token)
        e = s + len(token.rstrip("."))
    else:
        return []
    value = lab.text[s:e]
    return [_Found(lab, s, e, value, _STABLE, "catalog.identifier_uri", None, 0, True)]


_STAMP_ID = 0.8  # an id on a digitisation stamp without its resolver's address


def _stamp_id(lab: Label) -> list[_Found]:
    """The specimen's id on a digitisation stamp that dates the imaging ("MUSEUM EXEMPLI /
    XYZ.1060 / 2013-03-26"): the number the institution publishes, not its older one beside it;
    less sure than an id under its resolver's address."""
    out: list[_Found] = []
    for i in digitisation_stamp(lab, dated=True):
        line = lab.lines[i]
        token = line.text.strip()
        if _URI_ID.fullmatch(token.rstrip(".")) and re.match(r"[A-Za-z]", token):
            s = line.start + line.text.index(token)
            e = s + len(token.rstrip("."))
            out.append(
                _Found(lab, s, e, lab.text[s:e], _STAMP_ID, "catalog.stamp_id", None, 0, True)
            )
    return out


def _stable_identifier_first(found: list[_Found]) -> None:
    """A specimen's stable identifier is its catalogue number: the other numbers on the sheet
    (an accession number, an older series) are no rival to it, and it none to them."""
    stable = [f for f in found if f.rule == "catalog.identifier_uri"] or [
        f for f in found if f.rule == "catalog.stamp_id"
    ]
    if not stable:
        return
    for f in found:
        if f in stable:
            f.flags = [x for x in f.flags if not x.startswith("several_")]
        else:
            f.conf = min(f.conf, _FIT_OTHER)


def split_catalog_number(value: str) -> tuple[str | None, str]:
    """(institution code or None, digits) of a catalogue number or a barcode's value:
    "BR0000012345678" -> ("BR", "0000012345678"), "L 0123456" -> ("L", "0123456"),
    "01234567" -> (None, "01234567"), "V0123456F" -> ("F", "0123456")."""
    if (code := _suffixed_code(value.strip())) is not None:
        return code, re.sub(r"\D", "", value)
    for m in reversed(list(_coded().finditer(value))):
        code = m.group("code").upper()
        infix = (m.group("infix") or "").upper()
        if code + infix in institutions():
            code = code + infix
        return code, re.sub(r"\D", "", m.group("num"))
    return None, re.sub(r"\D", "", value)
