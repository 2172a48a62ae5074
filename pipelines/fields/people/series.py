"""The field numbers of a forest department's or an expedition's series, printed after the series'
code without a key ("SFN 12345", "BSIP 1234", "NGF 12345", "Sarawak S. 12345"): the collector's
number (recordNumber), kept with its code as the series cites it. The codes are the rows of
`data/institutions.csv` of kind "series" (the catalogue reads none of them as its number)."""

from __future__ import annotations

import re
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.catalog import institutions
from pipelines.fields.lexicon import alternation
from pipelines.fields.text import Label, candidate

# The Sarawak Forest Department's series, "S." after the state's name ("Sarawak S. 12345"): a
# lone letter no code table can hold, read only there.
_SARAWAK = r"(?<=Sarawak )S\."


@cache
def _codes() -> frozenset[str]:
    return frozenset(i.code for i in institutions().values() if i.kind == "series")


# A label that names Sarawak ("SARAWAK FOREST DEPARTMENT", "Sarawak, 4th Division"): its lone "S"
# before a number is the state's forest department's series, not Stockholm's herbarium code
_SARAWAK_NAMED = re.compile(r"(?<![^\W\d_])(?i:sarawak)(?![^\W\d_])")


def series_code(code: str, text: str = "") -> bool:
    """Whether `code` is a series' ("SAN", "BSIP"), not a herbarium's ("MO 1234": its number);
    "S" (with or without its stop) only on a label whose `text` names Sarawak."""
    if code.rstrip(".") == "S":
        return _SARAWAK_NAMED.search(text) is not None
    return code in _codes()


def series_value(code: str, number: str) -> str:
    """The series' number as the series cites it: "SAN 12345", "S. 12345" (Sarawak's lone letter
    with its stop, printed or not)."""
    code = code.rstrip(".")
    return f"{code}{'.' if code == 'S' else ''} {number}"


# On a label naming Sarawak, "S." anywhere before a number ("Collector: K. Muster  No.: S. 34567")
_SARAWAK_LABEL = r"S\."


@cache
def _series_number(sarawak: bool = False) -> re.Pattern[str]:
    """The series' code and its number; `sarawak`: on a label naming Sarawak."""
    codes = sorted(_codes())
    s_code = _SARAWAK_LABEL if sarawak else _SARAWAK
    return re.compile(
        rf"(?<![\w.])(?P<code>{alternation(codes)}|{s_code})\.?[ \t]?(?:No\.?[ \t]?)?"
        r"(?P<n>\d{3,6}[A-Za-z]?)(?![\w/.,-]\d|\w)",
    )


# Below the confidence of a number keyed after the collector's name; above a lone number's.
_CONF = 0.7
# "S. 12345" alone on its line, the state's name left to the place's line above or the header
# ("Forest Reserve, 4th Division / S. 12345 / K. Muster"): the Sarawak series' number still, but
# a lone "S." may be another's mark: less sure than after "Sarawak".
_S_ALONE = re.compile(r"[ \t]*S\.[ \t]?(?P<n>\d{3,6}[A-Za-z]?)[ \t]*")
_S_ALONE_CONF = 0.6


def series_numbers(labels: list[Label]) -> list[FieldCandidate]:
    """ "SFN 12345", "BSIP 1234": a series' code and the number in it, as the collector's number
    ("SFN 12345"; "S. 12345" after "Sarawak")."""
    out: list[FieldCandidate] = []
    for lab in labels:
        for m in _series_number(_SARAWAK_NAMED.search(lab.flat) is not None).finditer(lab.flat):
            value = series_value(m.group("code"), m.group("n"))
            out.append(
                candidate(Term.recordNumber, value, _CONF, lab, m.start(), m.end(), "number.series")
            )
        for ln in lab.lines:
            a = _S_ALONE.fullmatch(ln.text)
            if a is None or "Sarawak S." in lab.flat[max(0, ln.start - 9) : ln.end]:
                continue
            value = f"S. {a.group('n')}"
            s, e = ln.start + a.start(), ln.start + a.end()
            rule = "number.series_alone"
            # numbers.UNCERTAIN_NUMBER (that module imports this one): kept under 0.9
            flags = ["uncertain_number"]
            out.append(candidate(Term.recordNumber, value, _S_ALONE_CONF, lab, s, e, rule, flags))
    return out
