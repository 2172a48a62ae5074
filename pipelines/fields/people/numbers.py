"""Collectors' field numbers: after a name on its line or under it, after a number's key ("No.
7252", "# MG96-147"), or alone at the head of a line; and the doubts flagged on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.catalog import institutions
from pipelines.fields.dates import FOUR_DIGIT_YEAR, find_dates
from pipelines.fields.ocr_slips import as_figures
from pipelines.fields.people.cues import COLL_WORD, NO_KEY, NO_KEY_INLINE, STOP, cues, listed
from pipelines.fields.people.patterns import LOW, UP
from pipelines.fields.people.persons import Person, bad_word
from pipelines.fields.people.series import series_code, series_numbers, series_value
from pipelines.fields.people.shapes import MONTH_AFTER
from pipelines.fields.registers import YEAR
from pipelines.fields.text import Label, address_shaped, candidate, is_institution, label_of

# The number after a name: a blank or two, or (`gap`) the blanks a typed label aligns its columns
# with ("Warren P. Fisk     33418     2 May 1981"); seven or eight figures after "#"
# ("#98061203": the date and a serial); a code of a capital or two and figures ("B12").
# A series' code between the name and its number, as colonial and exsiccata sheets print it:
# initials with stops ("K. Muster C.P. 1234"), or abbreviated words before a number's key ("K.
# Muster, Pl. Exempl. no. 45"). The number is kept without it, as keyers keep "No."'s numbers.
_SERIES = (
    rf"(?:(?:[{UP}]\.\s?){{1,3}}(?=\s?\d)|(?:[{UP}][{LOW}]{{0,7}}\.\s?){{1,3}}(?={NO_KEY}|n\s?\.)"
    # a series' letters without stops, as a forest department's or an expedition's numbers are
    # printed ("K. Muster SAN 12345", "BSIP 1234"): part of the number, kept with it, where the
    # series table knows the code (`number_after`; not a Roman month: "K. Muster VII 1931")
    # (or, after three or four, a hyphen between the code and the number: "NGF-12345"; a code of
    # one or two before a hyphen is the number's own: "KM-123")
    r"|(?P<code>(?![IVX]{1,4}\s)[A-Z]{1,4}(?=\s\d)|[A-Z]{3,4}-(?=\d)))"
)
# Figures, a stroke and figures: a sub-number or a number and its year, kept whole ("78/112",
# "1234/2", "45/1961"); not a day and its month ("12/6") nor a month and its year ("6/1961").
STROKE_NUMBER = (
    r"(?!(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])(?!\d))(?!(?:0?[1-9]|1[0-2])/(?:1[6-9]|20)\d\d(?!\d))"
    r"\d{1,6}/\d{1,6}(?![\w/-]|[.,]\d)"
)
# one capital, its stop or none, before the figures after a name ("J. Muster B. 1234")
_LONE_LETTER = re.compile(rf"[{UP}]\.?")
_NUMBER_AFTER = re.compile(
    rf"(?:(?P<gap> {{3,30}})|\s)?[,:]?\s?(?P<series>{_SERIES}\s?)?"
    # "N0.": the key's "O" read as a zero; "N9 45", "N0 45": the ordinal of "Nº 45" read as a
    # figure, before the number; "No, 416": the OCR's comma for the key's stop
    rf"(?:(?:{NO_KEY}|{NO_KEY_INLINE}|n(?=\s?\.)|N0(?=\.)|N[90](?=\s\d))\s?[.,]?\s?(?:-\s)?|(?:Number|NUMBER):?\s?)?"
    # the number in brackets after the name, as Kew's and other old labels print it ("K. Muster
    # (1234)")
    r"(?:\((?=\d{1,6}\)))?(?P<n>"
    r"(?:(?<=#)|(?<=# ))\d{7,8}(?![\d°'A-Za-z]|[-.,]\d)"
    # a comma between the thousands after a key ("No. 12,345")
    r"|(?<=[.:] )(?<=[Oo]\. |[Rr]\. |[Oo]: |[Rr]: )[1-9]\d{0,2},\d{3}(?![\d,])"
    # a stop between the thousands, as Latin American labels print them ("J. Beispiel 12.345"):
    # after the name's own blank, no height nor distance ("2.345 m")
    r"|(?<=[^\W\d_] )[1-9]\d{0,2}\.\d{3}(?!\d|[.,]\d|\s?(?:ft|feet|m|msnm|mi|km|miles|meters)\b)"
    # (not "N0." itself, the key read with a zero before a number the OCR misread: "N0. l234")
    r"|(?!N0\.)[A-Z]{1,2}\d{1,6}(?![\d°'A-Za-z]|[-.,]\d)"
    # a sub-number after a slash: "1234/2", "78/112", "1234/B" (`STROKE_NUMBER`; a letter after
    # three figures or more)
    rf"|{STROKE_NUMBER}|\d{{3,6}}/[A-Za-z](?![\w/.-])"
    r"|(?:[A-Z]{1,2}\d*-)?\d{1,6}(?:-\d{1,5})?(?:[a-zA-Z]|-[a-zA-Z](?![A-Za-z0-9]))?(?![\d°'A-Za-z]|[-.,]\d|/\d{1,6}(?![.,/-]?\d)|-[A-Za-z]\d)"
    r"(?!\s?(?:ft|feet|m|mi|km|miles|meters)\b)|s\.\s?n\.|S\.\s?N\.|[sS]/[nN]º?(?![\w/])"
    # "sine num.", "sine numero": no number, in full; the Spanish "sin número", "sin núm.", and
    # "s. num."
    r"|(?i:(?:sine?\s?|s\.\s?)n[uú]m(?:ero|\.)?)(?![^\W\d_])"
    # "K. Muster sn", "K. Muster s.n": "sine numero" with its stops lost or never printed
    r"|s\.?n(?![\w.]))"
)


# a person's name opening with a one-letter initial ("K. Muster", "K Muster", "J.K. Beispiel")
_INITIAL_FIRST = re.compile(r"[A-ZÀ-Þ](?:\.\s?|\s)(?=[A-ZÀ-Þ])")
_KEYED = re.compile(rf"(?<![^\W\d_])(?:{NO_KEY}|{NO_KEY_INLINE})")


def number_after(person: Person, conf: float, *, gap: bool = False) -> FieldCandidate | None:
    """The field number after a name on its line; across a wide gap only with `gap` (a name
    without a keyword: after "Collector  Martin Holloway    #283" the keyword's number is read by
    `record_number_candidates`)."""
    lab = person.label
    # (the line the name ends on: "Coll. K. Mus- / ter 1234", a surname broken at a line's end)
    line_end = lab.line_at(max(person.start, person.end - 1)).end
    # No endpos: the look-aheads must see past the line end ("Arroyo Hondo,20 / mi. S").
    m = _NUMBER_AFTER.match(lab.flat, person.end)
    # (a name's span may end in the blank after its initials: "Muster, K. & Beispiel, J. 1234")
    glued = m is not None and m.start("n") == person.end and not lab.flat[person.end - 1].isspace()
    if m is None or m.end("n") > line_end or glued:
        return None  # "H.A.Scovell6": a digit glued to the name is OCR noise, not a number
    # "J. Muster B. 1234", "K. Muster A 234": one capital before the figures, the number's own
    # prefix as often as a herbarium's letter; kept with it as printed, doubted
    letter = (m.group("series") or "").strip()
    lone = _LONE_LETTER.fullmatch(letter) is not None and not series_code(letter, lab.flat)
    if (
        m.group("code")
        and not series_code(m.group("code").rstrip("-"), lab.flat)
        and not (lone and m.group("gap") is None)
    ):
        return None  # "K. Muster MO 1234": a herbarium's code and its number
    if lab.flat[m.start("n") - 1] == "(" and not _INITIAL_FIRST.match(lab.flat, person.start):
        # "Exampla Common, Surrey (17)": a number in brackets after words with no initial is a
        # vice-county's or a place's, no collector's ("K. Muster (1234)")
        return None
    # across a typed label's column gap only after a number's own key ("leg. A. Exemplo   Nº 45")
    if m.group("gap") and not gap and not _KEYED.search(lab.flat, m.end("gap"), m.start("n")):
        return None
    # an undotted "sn" after a name with its initials only ("K. Muster sn"): after a place's
    # name it is a Swedish parish ("Sm. Exempelby sn", socken)
    if m.group("n") == "sn" and not _INITIAL_FIRST.match(lab.flat, person.start):
        return None
    # "s/n", as Spanish and Portuguese labels print "sine numero", kept as "s.n." (and "sn")
    # ("S.N." in capitals, "sine num." in full likewise)
    value = re.sub(
        r"[sS]/[nN]º?|s\.?n$|S\.N\.|(?i:(?:sine?|s\.)n[uú]m\S*)",
        "s.n.",
        re.sub(r"\s", "", m.group("n")),
    )
    value = re.sub(r"[,.]", "", value) if _THOUSANDS.fullmatch(value) else value
    # "leg. A. Exemplo 12 / XI-1950": a month in Roman figures and its year on a line of their
    # own are a date whole without the number ending the line above them
    below = _ROMAN_MONTH_YEAR_BELOW.match(lab.text, m.end("n")) is not None
    # (a date that starts past the number, on the next line: "K. Muster 1234 / 1923", is none)
    span = m.end("n") - m.start("n")
    if not below and (
        any(
            # (not the year of a number and its year: "45/1961")
            d.start < span
            and not (d.precision == 1 and lab.flat[m.start("n") + d.start - 1] == "/")
            for d in find_dates(lab.flat[m.start("n") : min(m.end("n") + 6, line_end)])
        )
        or any(d.start == 0 for d in find_dates(lab.flat[m.start("n") : line_end]))
    ):
        return None  # "R. Quimby V-9-74", "K. Muster 24. V. 1984": the date, not a number
    after = lab.flat[m.end("n") : m.end("n") + 24]
    # "leg. K. Muster 12, Jun. 1912": the OCR's comma for the day's stop
    month = MONTH_AFTER.match(" " + after[1:] if after[:1] == "," else after)
    if (
        re.fullmatch(r"1[6-9]\d\d|20[0-3]\d", value)
        or (value.isdigit() and int(value) <= 31 and _DAY_SHAPED.match(after))
        or (
            not below
            and value.isdigit()
            and int(value) <= 31
            and month is not None
            # "Gordon Pike 3 / Oct. 4, 2003": the month has its own day; the number is no day
            and not _DAY_AND_YEAR.match(after, month.end())
        )
    ):
        return None  # "KQV 1987" is an annotation, "L.P. Lund 24 June 1956" a date
    start = m.start("n")
    # the series' code kept with its number ("SAN 12345"; "S. 12345" on a Sarawak label, its
    # stop printed or not; "NGF-12345" as printed); other initials are dropped ("K. Muster C.P.
    # 1234": 1234)
    series = (m.group("series") or "").strip()
    if series.endswith("-") and series_code(series[:-1], lab.flat):
        value, start = series + value, m.start("series")
    elif series and series_code(series, lab.flat):
        value, start = series_value(series, value), m.start("series")
    elif lone and value.isdigit() and m.group("gap") is None:
        value, start = f"{series} {value}", m.start("series")
    num = candidate(
        Term.recordNumber, value, conf, lab, start, m.end("n"), "number.after_collector"
    )
    if lone and value.startswith(series + " "):
        return _flagged(num)
    if REGISTER_SHAPE.fullmatch(value) and not re.search(
        r"[#\w]", lab.flat[person.end : m.start("n")]
    ):
        # "K. Muster 1965-123": a year and its serial, a collector's as often as a museum's
        # register number or a range of years
        return _flagged(num)
    if _SPLIT_REST.fullmatch(lab.flat, m.end("n"), line_end):
        # "K. Muster 56 78": the figures after a blank end the line, the OCR's blank inside
        # one number as often as a second number
        return _flagged(num)
    return num


# One to three figures alone after a number and a blank, to the line's end (no year: "K. Muster
# 5678 1946" prints the number and the year).
_SPLIT_REST = re.compile(r"[ \t]\d{1,3}[ \t]*")


# A field number the tool cannot vouch for (confidence DOUBTS): one figure (no collector's
# number keyed in the devset, the dev fold or the seen text set has one; as often the first
# figure of a longer number the OCR cut short), or a number after the name while a keyed field
# number elsewhere on the sheet says another ("(Field No 108)" and "K. Muster 14872": the keyers
# took the number after the name, but either may be the collector's series).
UNCERTAIN_NUMBER = "uncertain_number"


def _flagged(c: FieldCandidate) -> FieldCandidate:
    if UNCERTAIN_NUMBER in c.flags:
        return c
    return c.model_copy(update={"flags": [*c.flags, UNCERTAIN_NUMBER]})


def short_doubted(c: FieldCandidate) -> FieldCandidate:
    return _flagged(c) if re.fullmatch(r"\d", str(c.value)) else c


def keyed_elsewhere(labels: list[Label], nums: list[FieldCandidate]) -> list[FieldCandidate]:
    """`nums`, those read after a name flagged when a keyed number on the labels differs."""
    keyed = [
        k
        for k in record_number_candidates(labels)
        if k.evidence.rule == "number.keyword" and len(str(k.value)) > 1
    ]
    out = []
    for n in nums:
        other = [
            k
            for k in keyed
            if k.value != n.value
            and not (k.evidence.label == n.evidence.label and k.evidence.start == n.evidence.start)
        ]
        out.append(_flagged(n) if other and n.evidence.rule == "number.after_collector" else n)
    return out


# A distributed series' header (people_cues.csv, role series): "FLORA EXEMPLI EXSICCATA",
# "Lichenes exsiccati", "ITER EXEMPLICUM", "Fasc. III"; those whose number is kept, doubted
# (place doubted: "Iter", "Herbarium Florae Rossicae").
_SERIES_HEADER = re.compile(listed("series"))
_SERIES_KEPT = re.compile(listed("series", "doubted"))
SERIES_NUMBER = "series_number"
# the rules of numbers read without a collector's name before them
_UNNAMED = ("number.keyword", "number.alone", "number.next_line")


def series_doubted(
    labels: list[Label],
    nums: list[FieldCandidate],
    own: Callable[[FieldCandidate], bool] = lambda n: False,
) -> list[FieldCandidate]:
    """`nums` less those keyed or alone on a label that heads a distributed series (an
    exsiccata): that number is the series' (the same on every sheet of the set), which keyers
    do not keep as the collector's; on the label of a journey's series ("Iter") or of a series
    the table keeps it for, flagged `uncertain_number` and `series_number`. A number after the
    collector's name there ("leg. K. Muster 345") is his own, as is one `own` says is (keyed on
    his name's line: "Leg. K. Muster (No. 77)")."""
    series = {lab.label for lab in labels if _SERIES_HEADER.search(lab.flat)}
    kept = {lab.label for lab in labels if _SERIES_KEPT.search(lab.flat)}
    out = []
    for n in nums:
        if (
            series
            and n.evidence.rule in _UNNAMED
            and SERIES_NUMBER not in n.flags
            and n.evidence.label in series
            and not own(n)
        ):
            if n.evidence.label not in kept:
                continue
            n = _flagged(n)
            n = n.model_copy(update={"flags": [*n.flags, SERIES_NUMBER]})
        out.append(n)
    return out


# A year, a hyphen and a short tail without a key ("1926-7", "1908-77", "1937-512"): a museum's
# register or accession number (the year it was registered and its serial), or a range of years;
# no field number the line's shape alone can vouch for.
REGISTER_SHAPE = re.compile(rf"{YEAR}\s?[-–]\s?(?:\d{{1,3}}|{YEAR})(?!\d)")

# "#861", "No.461", "46023" on the line under a name: the collector's field number.
# (under a name, the inline keys too: "Colector: K. Muster / Nº 345" numbers his gathering)
_NUMBER_LINE = re.compile(
    rf"\s*(?:(?:{NO_KEY}|{NO_KEY_INLINE})\.?)?\s?(?P<n>(?:[A-Z]{{1,3}}\d*-)?\d{{1,6}}(?:-\d{{1,4}})?(?:[a-zA-Z]|-[a-zA-Z])?)\s*$"
)


_AS_FIGURES = as_figures("lIO")
# a number's key and figures of which the OCR read one or two as letters ("NO. l234", "Nº 12O4")
_KEYED_MISREAD_LINE = re.compile(
    rf"\s*(?:{NO_KEY}|{NO_KEY_INLINE})\.?\s?(?P<n>(?=(?:[lIO]*\d){{2}})(?=\d*[lIO])[\dlIO]{{3,6}})\s*"
)


def number_below(lab: Label, i: int, p: Person) -> FieldCandidate | None:
    """ "Martin Holloway & Greta Lindqvist / #861", "Walter H. Linden, no.. / 7481"."""
    line = lab.lines[i]
    rest = lab.text[p.end : line.end]
    if not re.fullmatch(r"[\s,;]*(?:no\.*|No\.*|#)?\s*", rest) or i + 1 >= len(lab.lines):
        return None
    nxt = lab.lines[i + 1]
    m = _NUMBER_LINE.fullmatch(nxt.text)
    if m is None and (k := _KEYED_MISREAD_LINE.fullmatch(nxt.text)) is not None:
        # "NO. l234", "No. 12O4": a keyed number whose figures the OCR read as letters, doubted
        n = k.group("n").translate(_AS_FIGURES)
        if re.fullmatch(YEAR, n):
            return None
        s, e = nxt.start + k.start("n"), nxt.start + k.end("n")
        rule = "number.below_collector"
        return candidate(Term.recordNumber, n, 0.6, lab, s, e, rule, [UNCERTAIN_NUMBER])
    # a year, though the OCR misread a figure of it ("192l")
    if m is None or re.fullmatch(YEAR, m.group("n").translate(_AS_FIGURES)):
        return None
    if any(
        d.precision > 1 and d.start < m.end("n") and m.start("n") < d.end
        for d in find_dates(nxt.text)
    ):
        return None  # "Villa Muestra / IV-9-1962": a place's line and the date under it
    keyed = re.search(r"[#\w]", rest + nxt.text[: m.start("n")]) is not None
    if REGISTER_SHAPE.fullmatch(m.group("n")) and not keyed:
        return None  # "K. Muster / 1926-7": a museum's register number, or two years
    s, e = nxt.start + m.start("n"), nxt.start + m.end("n")
    # "Nº 725" under a name: the collector's number, or a form's own (doubted)
    inline = re.match(rf"\s*(?:{NO_KEY_INLINE})", nxt.text) is not None
    flags = [UNCERTAIN_NUMBER] if inline else []
    rule = "number.below_collector"
    return candidate(Term.recordNumber, m.group("n"), 0.75, lab, s, e, rule, flags)


# After a day's figures, a month however misread and a year ("12. Jiin. 1912", "12,VI.1950"):
# the number is the date's day.
_DAY_SHAPED = re.compile(
    r"[.,][ \t]?(?:[A-Za-z]{3,5}\.?|[IVXivx]{1,4}[.,])[ \t]?(?:1[6-9]|20)\d\d(?!\d)"
)
_ROMAN_MONTH_YEAR_BELOW = re.compile(
    r"[ \t]*\n\s*(?:X?I{1,3}|I?[VX]|VI{1,3})[ \t]*[-./][ \t]*(?:1[6-9]|20)\d\d(?!\d)", re.I
)
_DAY_AND_YEAR = re.compile(r"\.?[ \t]*(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?,?[ \t]*(?:1[6-9]|20)\d\d")
# a number that starts like a day or a month ("6-22-38", "12.vi.1987"); "87-216" (a year and a
# serial, as collectors number their gatherings) cannot, nor "11-347": figures and a serial of
# three or more that is no year ("1-1989" is a month and its year)
DATE_LIKE = re.compile(
    r"(?:[0-2]?\d|3[01])[-./](?!(?!(?:1[6-9]|20)\d\d(?!\d))\d{3,5}(?![\d./-]))[\dIVXivx]"
)


# A letter after a field number, glued or after a hyphen ("3798a", "866-b"), and not the start of a
# word ("12-Jun").
_NUMBER_SUFFIX = r"(?:[a-zA-Z]|-[a-zA-Z](?![A-Za-z]))?"
# A code of capitals and figures after "#" ("#K12BRX40-C"): a letter first, a figure in it.
_HASH_CODE = r"(?=[A-Z0-9]*\d)[A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,4})?"
_RECORD_NO = re.compile(
    rf"(?<![A-Za-z'])(?P<k>{NO_KEY}"
    # the key printed in full: "Collector Number: 1388", "Collector's Number"
    r"|(?<=[Cc]ollector )Number|(?<=[Cc]ollector's )Number|(?<=COLLECTOR )NUMBER"
    # a form's key alone before its colon ("Number: 1234"; "Accession Number:" is refused below)
    r"|Number(?=\s?:)|NUMBER(?=\s?:))"
    # the full stop read as a comma ("No, 1083"), not after a lower-case "no" ("no, 2 seen")
    r"(?:(?<=No|NO),(?=\s?\d))?(?:\.|:|_|\s|-(?=\s))*\s?"
    # a letter after a hyphen ("866-b"); after "#" a code of capitals and figures ("#K12BRX40-C")
    # a comma between the thousands ("No. 10,193")
    # the collector's letters before a hyphen ("No. K-123")
    # a number and its sub-number or year after a stroke ("No. 78/112", "No. 3/12")
    r"(?P<n>\d{1,6}/\d{1,6}(?![\w/-]|[.,]\d)|"
    rf"[1-9]\d{{0,2}},\d{{3}}(?![\d,])|(?:[A-Z]{{1,3}}-)?[A-Z]{{0,3}}\d{{1,6}}(?:-\d{{1,4}})?{_NUMBER_SUFFIX}"
    rf"|(?:(?<=#)|(?<=# )){_HASH_CODE})"
    # "No. 1965-O34": the number's tail misread after its hyphen, no number "1965"
    r"(?![\d,.]\d|-[A-Za-z0-9])"
    # the number ends its word: "No. 2LI9", "NO.3K98" are 2219 and 3498 misread, not 2L and 3
    r"(?![A-Za-z0-9])"
)


_OF = re.compile(r"\s*of\b")
# a herbarium's word in any language of the cue table before the key ("Kasvio n:o 233",
# "Zielnik nr 45"): the herbarium's own number, no collector's
_HERBARIUM_WORD = re.compile(rf"(?<![^\W\d_]){listed('header', 'before')}[\s.:]*$")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}[,.]\d{3}")


def record_number_candidates(labels: list[Label]) -> list[FieldCandidate]:
    """ "No. 7252", "Núm. 16247", "# MG96-147": a field number without a collector name next to it."""
    out: list[FieldCandidate] = []
    for lab in labels:
        for m in _RECORD_NO.finditer(lab.flat):
            line = lab.line_at(m.start())
            before = lab.flat[max(0, m.start() - 40) : m.start()]
            if is_institution(line.text) or re.search(
                # whole words: "Howard T. Bernard / No. 2291" ends in "rd", no road
                # a place's own number: "Interdiction Station #16B", "Plot No. 4", "Exit 12"
                # a museum's own numbers: "Slide No. 123", "Gen. prep. No. 45", "Herb. No. 6789",
                # "Reg. No.", "Inv. Nr.", "Photo No.", "DNA No."; a published catalogue's or a
                # garden's distribution series ("Wall. Cat. No. 1234", "Kew Distribution No. 345")
                r"(?<![A-Za-z])(?:access|accession|catalog|catalogue|cat\.?|catal\.?|distribution|"
                # "sine num.": without a number
                r"distrib\.?|sample|highway|hwy|road|rd\.?|route|sec\.?|of|sine|"
                r"station|site|plot|exit|mile|marker|lot|box|slide|prep\.?|preparation|genitalia|"
                # (the herbarium's word as OCR may read it: "Herbariiim No.")
                r"herb\w*\.?|reg\.?|register|inv\.?|photo\w*|neg\.?|negative|dna|voucher|barcode|"
                # a photograph's negative and an accession as the OCR may read them ("Weg. No.",
                # "Acc. No.")
                r"weg\.|acc\.?|"
                # a sheet's, a page's or an image's own number ("Sheet Number: 2")
                r"specimen|sheet|page|image|serial|"
                # a type's number in the museum's type register ("USNM Type No. 12345")
                r"type|typus)\s*$",
                before,
                re.IGNORECASE,
            ):
                continue
            if _OF.match(lab.flat, m.end()) or _HERBARIUM_WORD.search(before):
                continue
            conf = 0.7 if m.group("k") != "#" else 0.65
            at, value, s, e = _whole_number(labels, lab, m.group("n"), m.start("n"), m.end("n"))
            # "No. 12,031": the comma between the thousands is print, no part of the number
            value = value.replace(",", "") if _THOUSANDS.fullmatch(value) else value
            flags = [UNCERTAIN_NUMBER] if _under_institution(lab, m.start(), m.end()) else []
            out.append(candidate(Term.recordNumber, value, conf, at, s, e, "number.keyword", flags))
    found = out + series_numbers(labels) + _numbers_alone(labels)
    read = [misread_code_doubted(short_doubted(c)) for c in found if not _on_a_stamp(labels, c)]
    return series_doubted(
        labels, [c for c in read if c is not None], lambda n: _on_collectors_line(labels, n)
    )


# a collector's key ("Leg.", "Coll.", "Recolectado por")
_COLLECTOR_KEY = re.compile(rf"{cues('collector', 'before')}|{COLL_WORD}{STOP}")


def _on_collectors_line(labels: list[Label], n: FieldCandidate) -> bool:
    """Whether a collector's key stands before the number on its line ("Leg. K. Muster (No.
    77)"): the collector's own number."""
    lab = label_of(labels, n.evidence)
    start = n.evidence.start
    if lab is None or start is None:
        return False
    return _COLLECTOR_KEY.search(lab.flat, lab.line_at(start).start, start) is not None


def _under_institution(lab: Label, start: int, end: int) -> bool:
    """A keyed number alone on the line right under the institution's name ("HERBARIUM OF
    EXAMPLE COLLEGE / No. 4567 / ... Coll. K. Muster"): the herbarium's accession number as
    often as the collector's."""
    i = lab.line_no(start)
    line = lab.lines[i]
    alone = not lab.flat[line.start : start].strip() and not lab.flat[end : line.end].strip()
    # "EX HERBARIUM <collector> / No. 12,345": a collector's duplicates, numbered as he numbered
    # them
    return alone and i > 0 and lab.institution[i - 1] and not _EX_HERB.match(lab.lines[i - 1].text)


_EX_HERB = re.compile(r"\W*(?i:ex)\s+(?i:herb)")


def _on_a_stamp(labels: list[Label], cand: FieldCandidate) -> bool:
    """Whether a number is the accession number of a herbarium's stamp: every other line of its
    label names the institution or reads like its address ("HERBARIUM / Blue Ridge State /
    University / Marion, Va. / No. 31207", "ORCHARD COLLEGE / HERBARIUM / No. 5521 / WEST HAVEN,
    OHIO"), so no collector's line is near it."""
    lab = label_of(labels, cand.evidence)
    if lab is None or cand.evidence.start is None:
        return False
    at = lab.line_no(cand.evidence.start)
    if re.search(r"[A-Za-z]{2,}", re.sub(r"^\W*(?:No|NO|Nr|Núm|N°)\b", "", lab.lines[at].text)):
        return False  # "46962  Fabaceae": the family the collector's number was filed under
    others = [i for i in range(len(lab.lines)) if i != at and lab.lines[i].text.strip()]
    if any(_FAMILY.match(lab.lines[i].text) for i in others):
        return False  # the family on the line below the number: a specimen's label
    inst, address = lab.institution, lab.address
    return any(inst[i] for i in others) and all(
        inst[i] or address[i] or address_shaped(lab.lines[i].text) for i in others
    )


_BARE_NUMBER = re.compile(r"\s*(?P<n>\d{4,7})[.,]?\s*")


def _whole_number(
    labels: list[Label], lab: Label, value: str, start: int, end: int
) -> tuple[Label, str, int, int]:
    """A field number of three figures or more that a number alone on a line elsewhere on the
    sheet extends by one figure is that number with its last figure lost to the OCR (forms print
    the collector's number twice: "13188" in the accession box, "Collector's No.1318" read short).
    Returns the label, the value and its span in that label's flat text."""
    if not value.isdigit() or len(value) < 3:
        return lab, value, start, end
    for other in labels:
        for line in other.lines:
            m = _BARE_NUMBER.fullmatch(line.text)
            if m is None or (other is lab and line.start <= start < line.end):
                continue
            whole = m.group("n")
            if (
                len(whole) == len(value) + 1
                and whole.startswith(value)
                and not _YEAR.fullmatch(whole)
            ):
                return other, whole, line.start + m.start("n"), line.start + m.end("n")
    return lab, value, start, end


# A field number at the head of a line with no keyword: alone on it, or before the genus or family
# the specimen was filed under ("A389.", "3798a  Bryoria", "46962  Fabaceae").
_NUMBER_HEAD = re.compile(
    # (not a height in metres: "1200m" on an insect's label)
    r"[\s(]*(?P<key>N(?=\d))?(?P<n>(?P<pre>[A-Z])?(?P<d>\d{3,6})(?P<suf>(?!m\b)[a-z])?"
    # the collector's initials, a year and a serial: "KT2003-17"
    r"|(?P<code>[A-Z]{1,3}(?:1[89]|20)\d\d-\d{1,4}))(?P<stop>[.,])?"
    r"(?:\s+(?P<w>[A-Z][a-z]+|[A-Z]+ACEAE))?\s*"
)
_FAMILY = re.compile(r"\s*(?:[A-Z][a-z]+aceae|[A-Z]+ACEAE)\b")
_YEAR = re.compile(FOUR_DIGIT_YEAR)


def _numbers_alone(labels: list[Label]) -> list[FieldCandidate]:
    """A number a line opens with and that is all the line says but a genus or family: the
    collector's field number when it is marked as one: by a full stop or comma after it, a letter
    before or after it ("N5168": the "No." key read as its first letter), a family name next to it,
    or five or six figures opening the label. A bare number of three or four figures alone is as
    often a sheet's stamp or a colour chart's ("273"), four figures may be a year ("1860."), and
    five figures inside a label as often the OCR's reading of a form's coordinates."""
    out: list[FieldCandidate] = []
    for k, lab in enumerate(labels):
        for i, line in enumerate(lab.lines):
            m = _NUMBER_HEAD.fullmatch(line.text)
            w = m.group("w") if m is not None else None
            if m is None or (w and bad_word(w) and not _FAMILY.fullmatch(w)):
                continue  # the family the number was filed under is no person, but its mark
            # the family beside the number, read by the OCR as a line of its own, a line further
            # down, or the first line of the next label
            after = [ln.text for ln in lab.lines[i + 1 : i + 3]]
            if i + 1 == len(lab.lines) and k + 1 < len(labels) and labels[k + 1].lines:
                after.append(labels[k + 1].lines[0].text)
            family = bool(_FAMILY.fullmatch(m.group("w") or "")) or (
                not m.group("w") and any(_FAMILY.fullmatch(t.strip()) for t in after)
            )
            marked = any(m.group(g) for g in ("key", "pre", "suf", "stop", "code"))
            if not (marked or family or (i == 0 and len(m.group("d")) >= 5)):
                continue
            if (
                m.group("d")
                and not (m.group("pre") or m.group("suf"))
                and _YEAR.fullmatch(m.group("d"))
            ):
                continue
            alone = not any(ln.text.strip() for ln in lab.lines if ln is not line)
            barcode = (
                m.group("pre") is not None
                and m.group("pre") in institutions()
                and len(m.group("d")) >= 5
            )
            if barcode and alone:
                continue  # "H123456" on a label of its own: a herbarium's letter and its barcode
            s, e = line.start + m.start("n"), line.start + m.end("n")
            flags: list[str] = []
            if barcode or (not (marked or family) and alone):
                # (a herbarium's letter and five figures or more inside a label: as often its
                # number as the collector's)
                # five or six figures that are a label of their own: a sheet's stamped
                # register number ("201280") or a postcode as often as the collector's
                flags.append(UNCERTAIN_NUMBER)
            out.append(
                candidate(Term.recordNumber, m.group("n"), 0.5, lab, s, e, "number.alone", flags)
            )
    return out


# The collector's initials as the code of the field number's series, printed apart from its
# figures or glued to them, on the name's line or alone under it ("K. Muster KM 12-034", "Coll.
# K. Muster & J. Beispiel / KM 89", "K. Muster KM1234"), perhaps with one letter more, the
# series' own ("K. Muster KMP-1188": plants, "KMB 12": birds): the initials say the number is
# the collector's own. Without them a code and figures after a name is as often a herbarium's
# and its barcode ("MO 123456").
_INITIALS_CODE = re.compile(
    r"[ \t,;]*(?:\n[ \t]*)?\(?(?P<n>(?P<code>[A-Z]{2,4})(?:[ \t]?-[ \t]?|[ \t])?"
    r"\d{1,6}(?:-\d{1,5})?[a-z]?)(?![\w/.,-]?\d|\w|-\w)"
)


def _initials(name: str) -> set[str]:
    """ "K. Muster" -> {"KM"}; "J. D. Muster" -> {"JDM", "JM"}: the first letters of a name's
    capitalised parts, all of them or the first and the last."""
    caps = [w[0] for w in re.findall(rf"[{UP}][^\s.]*", name)]
    return {"".join(caps), caps[0] + caps[-1]} if len(caps) >= 2 else set()


def _initials_code(code: str, name: str) -> bool:
    """Whether `code` is the initials of `name`, or they and one letter more (`_INITIALS_CODE`)."""
    return any(code == own or (code[:-1] == own) for own in _initials(name))


def initials_number(person: Person, conf: float) -> FieldCandidate | None:
    """The field number after `person` whose code is the initials of one of the names, on the
    name's line or opening the next one (`_INITIALS_CODE`)."""
    lab = person.label
    m = _INITIALS_CODE.match(lab.text, person.end)
    if m is None or not any(_initials_code(m.group("code"), n) for n in person.names):
        return None
    line = lab.line_at(m.start("n"))
    if (
        lab.line_no(m.start("n")) != lab.line_no(person.end)
        and lab.text[line.start : m.start("n")].strip()
    ):
        return None
    value = re.sub(r"\s+", " ", m.group("n"))
    return candidate(
        Term.recordNumber, value, conf, lab, m.start("n"), m.end("n"), "number.initials_code"
    )


# A field number after a name with a letter the OCR read for a figure in it ("K. Muster 12O4",
# "K. Muster l234", "No. 45S7"): figures and O, l, I, |, S or B, two figures at least, the token
# ending its word, perhaps after a series' code ("K. Muster NGF l2345"). Read with the figures
# repaired and flagged `uncertain_number`: which figure the letter stood for the text cannot say
# for sure.
_MISREAD_NUMBER = re.compile(
    rf"[ \t,]+(?:(?!(?:{NO_KEY}|N0)\.?[ \t])(?P<code>[A-Z]{{1,4}}\.?)[ \t])?(?:(?:{NO_KEY}|N0)\.?[ \t]?)?(?P<n>(?=[\dOlI|SB]*\d[\dOlI|SB]*\d)(?=[\dOlI|SB]*[OlI|SB])"
    r"(?:[lI|][\dOlI|SB]{2,5}|\d[\dOlI|SB]{1,5}))(?![^\W_])"
)
_FIGURES = as_figures("OlI|SB")


def misread_number(person: Person, conf: float) -> tuple[bool, FieldCandidate | None]:
    """Whether a number with misread figures follows `person` on its line, and the field number
    it reads as (None when it reads as a year: "K. Muster 19S2" is the date's year)."""
    lab = person.label
    m = _MISREAD_NUMBER.match(lab.flat, person.end, lab.line_at(person.start).end)
    if m is None or (m.group("code") and not series_code(m.group("code"), lab.flat)):
        return False, None
    value = m.group("n").translate(_FIGURES)
    if _YEAR.fullmatch(value):
        return True, None
    flags = [UNCERTAIN_NUMBER]
    rule = "number.after_collector"
    start = m.start("n")
    if m.group("code"):
        value, start = series_value(m.group("code"), value), m.start("code")
    return True, candidate(Term.recordNumber, value, conf, lab, start, m.end("n"), rule, flags)


# A field number whose code is one letter the OCR reads for a figure ("K. Muster I234", "No.
# O567"): "1234" and "0567" misread far more often than a series coded "I" or "O". Repaired
# and flagged `uncertain_number`; a code of other letters ("B1234", "K-123") stands.
_MISREAD_CODE = re.compile(r"[IOl](?=\d{2,6}[a-z]?$)")
# A letter the OCR reads for a figure ending the number ("89O", "1234S", "12-34S", "192l"): a
# series' suffix letter is "a", "b", "A", "B" far more often.
_MISREAD_END = re.compile(r"(?<=\d)[OSlI|]$")
# "S67": the "S." series' code without its stop, or a "5" misread: doubted, kept as read.
_S_CODE = re.compile(r"S\d{2,6}$")


def misread_code_doubted(c: FieldCandidate) -> FieldCandidate | None:
    """`c`, its figures the OCR may have read as letters repaired and flagged `uncertain_number`;
    None when the repaired number is a year alone on its line (a date's "192l")."""
    value = str(c.value)
    if _MISREAD_CODE.match(value) is not None:
        return _flagged(c).model_copy(update={"value": value[0].translate(_FIGURES) + value[1:]})
    if _MISREAD_END.search(value) is not None:
        repaired = value[:-1] + value[-1].translate(_FIGURES)
        if c.evidence.rule == "number.alone" and _YEAR.fullmatch(repaired):
            return None
        return _flagged(c).model_copy(update={"value": repaired})
    if _S_CODE.match(value) is not None:
        return _flagged(c)
    return c
