"""Former collections and donors ("Ex Muster Coll.", "Presented by K. Muster", "K. Muster
Bequest"): never the collector.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.people.cues import COLL_KEYWORD, COLL_WORD, cues
from pipelines.fields.people.persons import persons_at
from pipelines.fields.people.shapes import initialled, line_head, only_noise, person_candidate
from pipelines.fields.registers import DASH, YEAR
from pipelines.fields.roles import masked
from pipelines.fields.text import Label, candidate, is_institution, label_of

# (and "ex coll." as the OCR reads it, its stop lost or its "ll" read as figures: "ex co11.",
# "Ex col1", "ex coll J. Beispiel")
_EX_COLL = rf"(?<![^\W\d_])(?i:ex)[ \t]+{COLL_WORD}(?![^\W\d_])"
_DONOR_BEFORE = re.compile(
    rf"(?:{_EX_COLL}|{cues('donor', 'before')})[\s.:,]*(?:by\s*)?:?\s*(?=\S)"
)
_DONOR_AFTER = re.compile(rf"[\s,]*{cues('donor', 'after', stop=False)}\.?(?![^\W\d_])")
# A museum's register of accessions beside a collection's name: "B.M. 1961-418", "Brit. Mus.
# 1931-12.", "XMNH (E) / 2014-77": the year of the accession and its serial.
_REGISTER = re.compile(
    rf"\s*(?:(?:[A-Z][A-Za-z]{{0,5}}\.?\s?){{1,3}}(?:\([A-Z]\)\s*)?)?{YEAR}{DASH}\d{{1,5}}\.?\s*"
)
# What may follow a donor's name on its line: a year, "Esq.", a number.
DONOR_TAIL = re.compile(
    r"[\s,.;:()\[\]]*(?:Esq\.?)?[\s,.;:()\[\]]*(?:(?:1[6-9]|20)\d\d)?[\s.,;:)\]]*"
)


def find_donors(labels: list[Label]) -> list[FieldCandidate]:
    """Former collections and donors: a name after a donor cue ("Ex Muster Coll.", "Herb. K.
    Muster", "Presented by K. Muster"), or before one ("K. Muster Bequest", "H. Muster /
    Collection"); a name before "Coll." only over a museum's register line ("Muster Coll. / B.M.
    1961-418"), for "Muster Coll" alone is as often the collector. Their text as printed, as
    occurrenceRemarks candidates."""
    out: list[FieldCandidate] = []
    for lab in labels:
        for m in _DONOR_BEFORE.finditer(lab.flat):
            line = lab.line_at(m.start())
            if is_institution(line.text) and re.match(r"(?i)h", m.group(0)):
                continue  # "Herbier du Jardin d’Exemple": the institution, named by its stamp
            if m.end() >= line.end and not re.match(r"(?i)h", m.group(0)):
                # "Ex coll. / J. Beispiel", "Pres. by / K. Muster": the cue alone on its line,
                # the name under it (not under a herbarium's header: "HERBARIUM / K. Muster 12")
                line = lab.line_at(m.end())
            p = persons_at(lab, m.end(), end=line.end)
            if p is None:
                continue
            end = p.end
            if (a := _DONOR_AFTER.match(lab.flat, end, line.end)) is not None:
                end = a.end()  # "Ex Muster Coll."
            if DONOR_TAIL.fullmatch(lab.flat, end, line.end) is None:
                continue  # "Herb. Horti Bot. Exempl.": no name alone after the cue
            out.append(_donor(lab, m.start(), end))
        for i, line in enumerate(lab.lines):
            p = persons_at(lab, line.start + line_head(line.text), end=line.end)
            if p is None:
                continue
            a = _DONOR_AFTER.match(lab.flat, p.end, line.end)
            if a is None and only_noise(lab.flat[p.end : line.end]) and i + 1 < len(lab.lines):
                nxt = lab.lines[i + 1]
                a = _DONOR_AFTER.match(lab.flat, nxt.start, nxt.end)  # "H. Muster / Collection"
                a = a if a is not None and only_noise(lab.flat[a.end() : nxt.end]) else None
            if a is None:
                continue
            register = any(_REGISTER.fullmatch(ln.text) for ln in lab.lines[i + 1 : i + 4])
            if COLL_KEYWORD.fullmatch(a.group(0).strip(" ,.")) and not register:
                continue  # "Quillfeather Coll": the collector, as often as the collection
            out.append(_donor(lab, p.start, a.end()))
    return out


def register_names(labels: Sequence[Label]) -> list[FieldCandidate]:
    """The name with initials alone on its line right over a museum's register line, on a label
    of the two ("K. Muster. / B.M. 1927-123."): on the Museum's pins whom the accession came
    from, most often the collector, as often a donor or a dealer. A last resort for the collector,
    flagged `herbarium_header` (a doubt: below 0.9); not a name a donor's key or "Coll." names
    ("Muster Coll. / B.M. 1961-418", `find_donors`)."""
    out: list[FieldCandidate] = []
    for lab in labels:
        if len(lab.lines) != 2 or not _REGISTER.fullmatch(lab.lines[1].text):
            continue
        line = lab.lines[0]
        p = persons_at(lab, line.start + line_head(line.text), end=line.end)
        if p is None or len(p.names) != 1 or not initialled(p):
            continue
        if not only_noise(lab.flat[p.end : line.end]):
            continue
        c = person_candidate(Term.recordedBy, p, _REGISTER_CONF, "collector.header")
        out.append(c.model_copy(update={"flags": [*c.flags, "herbarium_header"]}))
    return out[:1]


# a register label's name: as often the donor's or a dealer's as the collector's
_REGISTER_CONF = 0.12


def on_register(labels: list[Label], cand: FieldCandidate) -> bool:
    """Whether a candidate stands on a museum's register line ("Brit. Mus. 1931-12.")."""
    lab = label_of(labels, cand.evidence)
    if lab is None or cand.evidence.start is None:
        return False
    return _REGISTER.fullmatch(lab.line_at(cand.evidence.start).text) is not None


# A slide's or a dissection's key opening its line ("Gen. prep. K. Muster 1234", "Genitalia
# slide", "Slide No. 12"), alone on it bar a number or with the preparer's name after it.
_PREPARATION = re.compile(rf"[\s(]*{cues('preparation', 'before')}[\s.:,]*")
_NUMBER_ALONE = re.compile(r"[\s#.:]*(?:[A-Za-z]{1,3}[\s.]*)?[\d\s/-]*")


def on_preparation(labels: list[Label], cand: FieldCandidate) -> bool:
    """Whether a candidate stands on a preparation's line ("Gen. prep. K. Muster 1234") or on
    the line under a preparation's key alone ("Genitalia slide / J. Beispiel 1234", "Slide No.
    12 / K. Muster"): the preparer's name and the slide's number, no collector's."""
    lab = label_of(labels, cand.evidence)
    if lab is None or cand.evidence.start is None:
        return False
    i = lab.line_no(cand.evidence.start)
    if _PREPARATION.match(lab.lines[i].text):
        return True
    if i == 0 or (m := _PREPARATION.match(lab.lines[i - 1].text)) is None:
        return False
    return _NUMBER_ALONE.fullmatch(lab.lines[i - 1].text, m.end()) is not None


def _donor(lab: Label, start: int, end: int) -> FieldCandidate:
    value = re.sub(r"\s+", " ", lab.flat[start:end]).strip()
    return candidate(Term.occurrenceRemarks, value, 0.6, lab, start, end, "donor.keyword")


def within(cand: FieldCandidate, spans: list[FieldCandidate]) -> bool:
    """Whether a candidate's evidence overlaps one of `spans` on its label."""
    ev = cand.evidence
    if ev.start is None or ev.end is None:
        return False
    return any(
        sp.evidence.label == ev.label
        and sp.evidence.start is not None
        and sp.evidence.end is not None
        and sp.evidence.start < ev.end
        and ev.start < sp.evidence.end
        for sp in spans
    )


# A sender's key opening a line ("Comm.", "Communicated by", "misit").
_SENDER_KEY = re.compile(rf"[\W_]*{cues('sender', 'before')}")
# A taxon's name opening a line ("Exampla ornata L.", "Exampla sp."): the genus and an epithet.
_TAXON_HEAD = re.compile(r"[\W_]*[A-Z][a-z]+\.?[ \t]+(?:[a-z][a-z-]{2,}|sp{1,2}\.)(?![^\W\d_])")


def data_under_donor(lab: Label) -> bool:
    """Whether a former collection's label also carries the specimen's data ("Ex Herb. Hook. /
    Exampla minor / Sampleton valley, 2000 m / Comm. K. Muster"): a line of words that is no
    donor's, sender's, institution's nor the taxon's. Its sender is offered as the collector
    where nothing else names one, as on a label of its own; a label of the donor's, the sender's
    and the taxon's lines alone ("Ex herbario J. Beispiel / comm. K. Muster") names the hands
    the sheet passed through, no collector."""
    for line in lab.lines:
        text = line.text
        if (
            not re.search(r"[^\W\d_]{4,}", text)
            or is_institution(text)
            or _DONOR_BEFORE.search(text)
            or _SENDER_KEY.match(text)
            or _TAXON_HEAD.match(text)
        ):
            continue
        return True
    return False


def blanked_lines(views: Sequence[Label], printed: Sequence[Label]) -> list[Label]:
    """The lines of `printed` labels that their views in `views` blank (a sender's line inside a
    data label, read as its acquisition's: "Khasia Hills / Communicated by Miss K. Muster,
    1894."), each label with its other lines blanked in turn."""
    seen = {lab.label: lab for lab in views}
    out: list[Label] = []
    for lab in printed:
        view = seen.get(lab.label)
        if view is None or view.text == lab.text:
            continue
        kept = [
            i
            for i, (a, b) in enumerate(zip(lab.lines, view.lines, strict=False))
            if not (a.text.strip() and not b.text.strip())
        ]
        out.append(masked(lab, kept))
    return out
