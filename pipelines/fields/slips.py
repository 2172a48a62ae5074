"""Determination slips printed without a determination cue.

Revision and annotation slips often print no "Det.": the name with its author, then the line of
the one or two persons who determined it and the year, in brackets or after a comma ("Exampla
ornata (Muster) Beispiel / K. Muster & J. Beispiel (2005)", "Exampla ornata Muster / K. Beispiel,
1988"), sometimes under a printed heading (an institution's name, "Annotation label") or over the
determiner's institution. Read as a data label, such a slip gives the specimen a collection year
and an older name; it is the latest determination.

Only a label of that shape and nothing else counts: a data label that prints a name above its
collector and year ("Exampla vulgaris L. / J. Muster 1901") goes on with a place, a number or a
date, and a year after a bare space is the collector's as often as the determiner's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.fields.text import is_institution

__all__ = [
    "Signature",
    "examined_for",
    "form_heading",
    "name_line",
    "signature",
    "unkeyed_slip",
]

# (its last figures perhaps the OCR's "O" for a nought: "19O5", "195O")
_YEAR = r"(?:1[6-9][\dO]{2}|20[0-4O][\dO])"
_NOUGHT = str.maketrans({"O": "0"})
# a surname, with its particles: "Muster", "de Beispiel", "van der Exempel", "Muster-Beispiel"
_PARTICLE = r"(?:(?:de|da|do|dos|das|di|du|la|le|van|von|der|den|ter|ten|zu)[ \t]+)"
# in Latin or Cyrillic letters ("Muster", "Иванов")
_UPPER = "A-ZÀ-ÞА-ЯЁ"
_LOWER = "a-zà-ÿа-яё"
_SURNAME = rf"{_PARTICLE}{{0,2}}[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?"
# initials ("K.", "J.-P.", "J.F.A.", "JFA.") and, after them, given names in full
_INITIALS = rf"(?:[{_UPPER}](?:[a-zа-я]|h)?[ \t]?\.[ \t]?-?){{1,3}}|[A-Z]{{2,3}}[ \t]?\.[ \t]?"
_GIVEN = rf"(?:[{_UPPER}][{_LOWER}]{{2,}}[ \t]+)"
_PERSON = rf"(?:(?:{_INITIALS})[ \t]*{_GIVEN}?|{_GIVEN}{{1,2}}){_SURNAME}"
_PERSONS = rf"{_PERSON}(?:[ \t]*(?:&|,|\bet\b|\band\b|\bund\b|\ben\b|\bи\b)[ \t]*{_PERSON})?"
# a cue the slip may print before the persons ("rev.", "conf.", "vide"): already a determination
# line for the other parsers, taken here as part of the signature
_CUE = r"(?i:(?:det|rev|conf|vid|vide|vidi|vidit|determ|redet|teste|опр|опред)\.?[ \t:]*)"
# the year: in brackets, or after a comma, a day and month before it or not
_DAY_MONTH = r"(?:(?:(?:\d{1,2}|[IVXivx]{1,4})[ \t]?[./-][ \t]?){1,2})"
_BRACKETED = rf"[ \t]*[(\[][ \t]?{_DAY_MONTH}?{_YEAR}[ \t]?[)\]]"
_AFTER_COMMA = rf"[ \t]*,[ \t]*{_DAY_MONTH}?{_YEAR}"
_AFTER_SPACE = rf"[ \t]+{_DAY_MONTH}?{_YEAR}"
# the determiner's herbarium in brackets, after the name or after the year ("Rev. K. Muster (F)
# 2001", "K. Muster 2001 (F)")
_HERBARIUM = r"(?:[ \t]*,?[ \t]*[(\[][A-Z]{1,6}[)\]])?"
_SIGNATURE = re.compile(
    rf"[\W_]*(?P<cue>{_CUE})?(?P<who>{_PERSONS}){_HERBARIUM}"
    rf"(?P<when>{_BRACKETED}|{_AFTER_COMMA}|{_AFTER_SPACE}){_HERBARIUM}[ \t.]*"
)
# a name with its author on its line: genus, epithet (an infraspecific rank and epithet), then an
# author that opens with a capital or a bracket ("Exampla ornata (Muster) Beisp.", "E. ornata L.")
_AUTHORED_NAME = re.compile(
    r"[\W_]*(?:[A-Z][a-zë]+|[A-Z]\.)[ \t]+(?:[x×][ \t]+)?[a-zë][a-zë-]{2,}"
    r"(?:[ \t]+(?:var|subsp|ssp|f|forma)\.?[ \t]+[a-zë][a-zë-]{2,})?"
    r"[ \t]+[(\[]?[ \t]?[A-ZÀ-Þ].*"
)
# a name without its author, or the author carried to the next line
_BARE_NAME = re.compile(r"[\W_]*(?:[A-Z][a-zë]+|[A-Z]\.)[ \t]+[a-zë][a-zë-]{2,}\b.*")
_AUTHOR_LINE = re.compile(r"[ \t]*[(\[]?[ \t]?[A-ZÀ-Þ][\w.'’ \t&()-]{0,40}")
# the small words of people's names that read like an epithet ("Karl von Muster", "Anna de la
# Exempla"): a person, no plant's name
_PARTICLE_WORDS = frozenset(
    {"von", "van", "der", "den", "del", "della", "dos", "das", "ter", "ten", "les", "los", "zur"}
)


def name_line(text: str) -> bool:
    """Whether `text` is a plant's or an animal's name alone, with its author or without it
    ("Exampla minor L.", "Exampla minor"): the name a determination slip determines, no person's
    ("Karl von Muster": a particle is no epithet)."""
    m = _AUTHORED_NAME.fullmatch(text) or _BARE_NAME.fullmatch(text)
    if m is None:
        return False
    words = text.split()
    return len(words) >= 2 and words[1].lower() not in _PARTICLE_WORDS


# a printed slip's heading words, in the languages the slips are printed in
_HEADING = re.compile(
    r"[\W_]*(?:annotation(?:[ \t]+label)?|determinavit|determination(?:[ \t]+slip)?|"
    r"revision|revisio|revidit|herbarium|herbier|herbar|herb\.|hb\.|museum|mus[ée]um|mus\.|"
    r"flora[ \t]+of|flore[ \t]+d[eu']|flora[ \t]+d[ei]|flora[ \t]+von|det\.?|rev\.?|conf\.?)(?![^\W\d_]).*",
    re.IGNORECASE,
)


# an annotation slip's heading that names what the annotator examined the sheet for, with no name
# of the plant on the slip ("Annotated for Flora Neotropica", "Examined for monograph of Exampla",
# "Specimen checked for the Flora of Exampla"): the signature under it is the annotator's
_EXAMINED_FOR = re.compile(
    # (as the OCR may read them: "Annotuted jor Flora ...")
    r"[\W_]*(?:specimens?[ \t]+)?(?:annot[a-z]{2}ed|exam[a-z]ned|checked|studied|seen|reviewed)"
    r"[ \t]+(?:[fj]or|during|in[ \t]+the[ \t]+course)(?![^\W\d_]).*",
    re.IGNORECASE,
)


# the heading of a printed determination slip's form
_SLIP_FORM = re.compile(
    r"[\W_]*(?:annotation|determinavit|determination|revision|revisio)(?![^\W\d_])", re.IGNORECASE
)


def form_heading(text: str) -> bool:
    """Whether `text` opens with a printed determination slip's heading ("ANNOTATION LABEL",
    "Determinavit", "Revision")."""
    return _SLIP_FORM.match(text) is not None


@dataclass(frozen=True)
class Signature:
    """A determiner's line: who (their span in the line) and the year."""

    start: int
    end: int
    year: int
    cue: bool  # a cue word opens the line ("rev. K. Beispiel, 1988")
    spaced: bool  # the year after a bare space ("K. Beispiel 1988"), no bracket, no comma

    def persons(self, line: str) -> list[str]:
        """The persons' names, as written."""
        who = line[self.start : self.end]
        parts = re.split(r"\s*(?:&|,|\bet\b|\band\b|\bund\b|\bи\b)\s*", who)
        return [p.strip(" ,") for p in parts if p]


def signature(line: str) -> Signature | None:
    """The determiner's line of a slip: one or two persons and a year, or None."""
    m = _SIGNATURE.fullmatch(line.strip())
    if m is None:
        return None
    offset = len(line) - len(line.lstrip())
    when = m.group("when")
    bracketed = "(" in when or "[" in when
    if not bracketed and not re.search(r"(?<![^\W\d_])[A-ZА-ЯЁ]{1,3}[ \t]?\.", m.group("who")):
        return None  # "Mont Exemple, 1901": full names alone are a place's as often
    return Signature(
        offset + m.start("who"),
        offset + m.end("who"),
        int(re.findall(_YEAR, when)[-1].translate(_NOUGHT)),
        bool(m.group("cue")),
        not bracketed and "," not in when,
    )


# a signer with initials whose stops the OCR lost and a year ("J Exemplo 1995")
_BARE_SIGNED = re.compile(
    rf"[\W_]*(?:[{_UPPER}][ \t.]{{1,2}}){{1,3}}{_SURNAME}[ \t,]+{_YEAR}[ \t.]*"
)


def examined_for(line: str) -> bool:
    """Whether `line` is an annotation slip's heading that names what the sheet was examined
    for, no plant ("Annotated for Flora Neotropica")."""
    return _EXAMINED_FOR.fullmatch(line) is not None


def _examined(before: Sequence[str]) -> bool:
    """Whether the lines above a signature are an annotation slip's heading without a name
    (`_EXAMINED_FOR`), institutions' names at most beside it."""
    return any(_EXAMINED_FOR.fullmatch(t) for t in before) and all(
        _EXAMINED_FOR.fullmatch(t) or _heading(t) for t in before
    )


def _heading(text: str) -> bool:
    return is_institution(text) or _HEADING.fullmatch(text) is not None


def unkeyed_slip(lines: Sequence[str]) -> int | None:
    """The position in `lines` (a label's lines) of the determiner's line, when the label is a
    determination slip without a cue: heading lines, the name with its author (on one line or
    two), the determiner's line (`signature`: the year in brackets or after a comma, or after a
    space under a slip form's heading or a "rev."), then nothing but the determiner's
    institution; or an annotation slip's heading ("Annotated for ...", `_EXAMINED_FOR`) over the
    signature, without a name. None for any other label."""
    index = [i for i, t in enumerate(lines) if len(re.findall(r"[^\W_]", t)) >= 2]
    for k, i in enumerate(index):
        found = signature(lines[i])
        if found is None and not _BARE_SIGNED.fullmatch(lines[i]):
            continue
        before = [lines[j] for j in index[:k]]
        after = [lines[j] for j in index[k + 1 :]]
        if found is None:
            # under an annotation's heading an initial without its stop ("J Exemplo 1995")
            if _examined(before) and all(is_institution(t) for t in after):
                return i
            continue
        if not before and found.cue and len(index) == 1:
            return i  # "Rev. J. Beispiel 1985": a slip of its own, the cue, the signer, the year
        if (
            not before
            and found.cue
            and after
            and _AUTHORED_NAME.fullmatch(after[0])
            and all(is_institution(t) for t in after[1:])
        ):
            # "Rev. J. Beispiel 1985 / Exampla minor Muster": the signer over the name revised
            return i
        if not before or not all(is_institution(t) for t in after):
            return None
        if _examined(before):
            return i  # "Annotated for Flora Neotropica / J. Exemplo 1995": no name, the annotator
        if _AUTHORED_NAME.fullmatch(before[-1]) or (
            len(before) >= 2
            and _BARE_NAME.fullmatch(before[-1])
            and any(_SLIP_FORM.match(t) for t in before[:-1])
        ):
            # (a name without its author under a printed slip's form: "ANNOTATION LABEL /
            # Exampla minor / K. Muster 1998")
            heading = before[:-1]
        elif (
            len(before) >= 2
            and _BARE_NAME.fullmatch(before[-2])
            and _AUTHOR_LINE.fullmatch(before[-1])
        ):
            heading = before[:-2]
        else:
            return None
        if not all(_heading(t) for t in heading):
            return None
        # a year after a bare space is a collector's as often, but on a printed slip's form
        # ("ANNOTATION LABEL") or after "rev." the determiner's
        if found.spaced and not found.cue and not any(_SLIP_FORM.match(t) for t in heading):
            return None
        return i
    return None
