"""The lines of a label that cannot name where the specimen grew (`skipped_lines`): an
institution's name or address, the herbaria its duplicates went to, a herbarium's stamp, the
literature it is cited in, a determination and its determiner's institution."""

from __future__ import annotations

import re
from functools import cache

from pipelines.fields.institution_names import survey_line
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.text import Label


def skipped_lines(lab: Label) -> list[bool]:
    """Which lines cannot name where the specimen grew: an institution's name or address, a line
    of duplicates, a stamp or a citation. A survey's name says where ("INDIANA BIOLOGICAL
    SURVEY": `institution_names.survey_line`)."""
    return [
        (f and not survey_line(ln.text)) or a or e
        for ln, f, a, e in zip(
            lab.lines, lab.institution, lab.address, _elsewhere(lab), strict=True
        )
    ]


# Lines that name places other than where the specimen grew: the herbaria duplicates went to
# ("Dupl. sent to Herb. at: Leiden, Kew, Singapore, ..."), a herbarium's stamp ("Rijksherbarium,
# Leiden, Netherlands", "Herb. Horti Bot. ..."), the literature it is cited in ("Cit. Fl. Afr.
# Centr.", "Tijdschr. voor Plantkunde").
_DUPLICATES = re.compile(
    r"^\W*(?:Dupl(?:ic\w*)?\b\.?|Doubles?\b|Dubl\w*|Distributed\s+to|Sent\s+to|Envoy[ée]\w*\s+[àa])",
    re.IGNORECASE,
)
_STAMP = re.compile(r"\w+herbar|^\W*Herb\.\s", re.IGNORECASE)
_CITATION = re.compile(
    r"^\W*(?:Cit\.|Cited\b|Citat\w*|Protolog\w*|Fide\b|Lit\.|Literat\w*|Publ\.|In:|Ref\.|"
    r"De\s+hoc\s+specimine)|\b(?:Tijdschr\w*|Journ(?:al\b|\.)|Bull\.|Bulletin|Jahrb\w*|Annal\w*|"
    r"Proc\.|Mém\.|Verh\.|Mitt\.|Zeitschr\w*)",
)
# a list of places: words and commas, no figures ("Paris, Manila, Sydney, Lae, New")
_LIST_LINE = re.compile(r"[^\d:;]*,[^\d:;]*,[^\d:;]*")


@cache
def _determination() -> re.Pattern[str]:
    """A determination's cue opening a line ("Det. J. Beispiel, Kew, England", "Determinavit:
    K. Muster (Berlin, Deutschland)", "опр. И. Иванов"): the place on it is the determiner's
    institution's (data/people_cues.csv, role determiner)."""
    rows = [r for r in data_rows("people_cues.csv") if r["role"] == "determiner"]
    loose = alternation(r["cue"] for r in rows if r["case"] != "exact")
    exact = alternation(r["cue"] for r in rows if r["case"] == "exact")
    return re.compile(rf"^\W*(?:(?i:{loose}|det)|{exact})(?!\w)")


def _elsewhere(lab: Label) -> list[bool]:
    """Which lines name the places of duplicates, stamps, citations and determinations (see
    `_DUPLICATES`, `_STAMP`, `_CITATION`, `_determination`), a list or a citation running on over
    the lines below it."""
    texts = [ln.text.strip() for ln in lab.lines]
    flags = [bool(_STAMP.search(t) or _determination().match(t)) for t in texts]
    for i, text in enumerate(texts):
        listing, citing = _DUPLICATES.match(text), _CITATION.search(text)
        if not (listing or citing):
            continue
        flags[i] = True
        for j in range(i + 1, min(i + 4, len(texts))):
            prev, cur = texts[j - 1], texts[j]
            runs_on = prev.endswith((",", "-")) or cur[:1].islower()
            # a list goes on in lines of names and commas; a citation until a full stop, and
            # into the brackets after it ("Cit. Fl. Afr. Centr. / (Zaire-Rwanda-Burundi)")
            more = _LIST_LINE.fullmatch(cur) if listing else not prev.endswith((".", ")"))
            if not (runs_on or more or (citing and cur.startswith("("))):
                break
            flags[j] = True
    return flags
