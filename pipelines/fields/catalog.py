"""Catalogue numbers printed on labels: "EMEC 609,488", "TENN-L-0000001", "NY 01234567".

A decoded barcode is better evidence than any of these, so the confidences stay moderate; the
pipeline prefers the barcode when it has one.
"""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.text import Label, candidate, is_institution

# An institution acronym then a number, as curators print them on insect and packet labels; OCR
# reads the thousands comma of a small label as often as a dot ("EMEC 609.889").
_ACRONYM_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?P<v>[A-Z]{2,6}(?:[- ][A-Z]{1,4})?[- ](?:\d{1,3}(?:[,.]\d{3})+|\d{4,10}))"
    r"(?![\d,])"
)
_YEAR = re.compile(r"1[789]\d\d|20[0-3]\d")
_BARE_NUMBER = re.compile(r"^\s*(?P<v>\d{6,12})\s*$")
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
    "US",
    "USA",
    "FL",
    "HWY",
    "RD",
    "NPC",
}


def find_catalog_numbers(labels: list[Label]) -> list[FieldCandidate]:
    out: list[FieldCandidate] = []
    for lab in labels:
        for i, line in enumerate(lab.lines):
            for m in _ACRONYM_NUMBER.finditer(line.text):
                code = re.split(r"[- ]", m.group("v"))[0]
                # Only a number standing on its own line is a catalogue number: inside running text
                # the same shape is a sample code or a road ("NCI Sample codes: OCJX-0176-H").
                if code in _NOT_CODES or len(line.text.strip()) > len(m.group("v")) + 2:
                    continue
                if _YEAR.fullmatch(m.group("v")[len(code) :].strip(" -")):
                    continue  # initials and a year ("KAV 1986"), a determiner's mark
                s, e = line.start + m.start("v"), line.start + m.end("v")
                out.append(
                    candidate(Term.catalogNumber, m.group("v"), 0.8, lab, s, e, "catalog.acronym")
                )
            m2 = _BARE_NUMBER.match(line.text)
            if m2 is None:
                continue
            s, e = line.start + m2.start("v"), line.start + m2.end("v")
            # The number printed under the institution name is the sheet's accession number.
            after_institution = i > 0 and is_institution(lab.lines[i - 1].text)
            leading_zero = m2.group("v").startswith("0")
            conf = 0.75 if after_institution else (0.5 if leading_zero else 0.3)
            rule = "catalog.after_institution" if after_institution else "catalog.bare_number"
            out.append(candidate(Term.catalogNumber, m2.group("v"), conf, lab, s, e, rule))
    out.sort(key=lambda c: (-c.confidence, -len(c.value)))
    return out
