"""The people cue table (`data/people_cues.csv`) as patterns: the words that say a name is a
collector's, a determiner's, a donor's or a sender's, in every language of the table, the words that
join two names, and the words no name holds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipelines.fields.lexicon import alternation, data_rows


def listed(role: str, place: str = "") -> str:
    """The words of a role in people_cues.csv ("title", "degree", "firm"; those at `place`, if
    given) as one alternation, each
    as printed with free spacing: a blank may stand before or after a stop ("PH . & M . D ."), a
    word's last stop may be lost at a line's end; "any" case in capitals too ("BARON"); an
    "exact" title with its stop in capitals too, as labels printed in capitals give it ("CAPT.
    K. MUSTER", "LT.-COL."); a title of a whole word in capitals only before an initial ("MISS
    M. SAMPLETON"; "MISS." is a state's abbreviation as often)."""
    out = []
    for row in sorted(
        (
            r
            for r in data_rows("people_cues.csv")
            if r["role"] == role and (not place or r["place"] == place)
        ),
        key=lambda r: -len(r["cue"]),
    ):
        word = row["cue"].strip()
        forms = [word]
        if role == "title" and row["case"] != "any" and word.endswith(".") and word != word.upper():
            forms.append(word.upper())
        # a title of a whole word in capitals only before an initial ("MISS M. SAMPLETON", "SIR
        # J. BEISPIEL"; "MISS." with its stop is the state's)
        initial_after = (
            role == "title"
            and row["case"] != "any"
            and word[-1:].isalpha()
            and word != word.upper()
        )
        if initial_after:
            forms.append(word.upper())
        for form in forms:
            body = ""
            for k, ch in enumerate(form):
                if ch == ".":
                    body += r"(?:\s?\.)?" if k == len(form) - 1 else r"\s?\.\s{0,2}"
                elif ch == " ":
                    body += r"\s*"
                else:
                    body += re.escape(ch)
            body = r"(?<![^\W\d_])" + body + r"(?![^\W\d_])"
            if initial_after and form == word.upper():
                body += r"(?=\s{1,2}[A-Z]\.)"
            out.append(f"(?i:{body})" if row["case"] == "any" else body)
    return "(?:" + "|".join(out) + ")"


# The words that join two collectors' names, per language (people_cues.csv, role "joiner":
# "and", "et", "und", "en", "och", "ja", "и"), a comma before them or not ("A, B, and C").
JOINERS = alternation(r["cue"] for r in data_rows("people_cues.csv") if r["role"] == "joiner")


@lru_cache(maxsize=1)
def name_stops() -> frozenset[str]:
    """Words no person's name holds: kinds of place, institutions' words, form captions
    (`people_cues.csv`, role name_stop)."""
    return frozenset(r["cue"] for r in data_rows("people_cues.csv") if r["role"] == "name_stop")


# "Coll." as OCR reads it: "CoLL.", "Col1.", "Co11:", "Ccil.", "Collestor", "Colctor:".
# "Co!l.": the OCR's "!" for an "l".
COLL_WORD = r"(?i:c[o0c](?:[l1i|]{1,2}|[l1i|]!|![l1i|])(?:e?[cs]t[o0]rs?|rs?|s)?)"
COLL_KEYWORD = re.compile(COLL_WORD)
# What may stand after an abbreviated cue: its stop, or the colon or comma (or the OCR's "?" or
# "»") read for it, a space before it in transcriptions that space their punctuation ("Leg . :").
STOP = r"(?=\s?[.:,?»])"


def _cue_rows(role: str, place: str) -> list[dict[str, str]]:
    """The cue table's rows of a role (`people_cues.csv`) that stand at `place` (before or after
    the name, or both; "inline" only those of that place)."""
    places = (place,) if place == "inline" else (place, "both")
    return [r for r in data_rows("people_cues.csv") if r["role"] == role and r["place"] in places]


# The Cyrillic letters whose Latin look-alikes a transcriber's keyboard or the OCR puts in a
# Cyrillic word ("Coбрaл" with a Latin "C" and "a").
_LATIN_TWIN = dict(zip("аеорсухкАВЕКМНОРСТХ", "aeopcyxkABEKMHOPCTX", strict=True))
# The Cyrillic letters the OCR reads as figures ("Co6p." for "Собр.", "3" for "З"): in a Cyrillic
# cue only, never what makes a cue Cyrillic
_FIGURE_TWIN = {"б": "6", "З": "3", "з": "3"}


# the letters with a stroke that Unicode does not decompose, and their bare letters ("zebral" for
# "zebrał")
_UNDECOMPOSED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}


def _twins(body: str) -> str:
    """A cue's pattern with each accented letter's bare letter allowed in its place, as the OCR
    and hurried transcribers drop accents ("Maar." for "Määr.", "Recolte par"); in a Cyrillic
    cue, each letter's Latin look-alike too (a cue of look-alikes alone keeps its letters: it
    would match a Latin word); in a long Latin word, the OCR's "l" for its "i"."""
    cyrillic = any("\u0400" <= ch <= "\u04ff" and ch not in _LATIN_TWIN for ch in body)
    # a long Latin word's "i" read as an "l" by the OCR ("Determlnavit"): a word that long is
    # no other word with the slip
    long_word = not cyrillic and len(body) >= 10 and body.isalpha()
    out = []
    for ch in body:
        options = ch
        if long_word and ch == "i":
            options += "l"
        bare = _UNDECOMPOSED.get(ch) or unicodedata.normalize("NFD", ch)[0]
        if bare != ch and bare.isalpha() and not "\u0400" <= ch <= "\u04ff":
            options += bare
        if cyrillic and ch in _LATIN_TWIN:
            options += _LATIN_TWIN[ch]
        if cyrillic and ch in _FIGURE_TWIN:
            options += _FIGURE_TWIN[ch]
        out.append(f"[{options}]" if len(options) > 1 else ch)
    return "".join(out)


def _cue(row: dict[str, str], *, stop: bool = True) -> str:
    """One cue as a pattern: an abbreviation ("leg.") needs its stop after it (`stop`), a word
    ("legit") its end; "any" case matches it in capitals too ("LEG."); a Cyrillic one with the
    Latin look-alikes of its letters too ("Coбрaл")."""
    word = row["cue"].strip()
    abbr = word.endswith(".")
    body = _twins(re.escape(word.rstrip(".")).replace(r"\ ", r"\s+"))
    if word[:1].isalpha():
        body = r"(?<![^\W\d_])" + body
    if abbr and stop:
        body += STOP
    elif not abbr and word[-1:].isalpha():
        body += r"(?![^\W\d_])"
    return f"(?i:{body})" if row["case"] == "any" else body


def cues(role: str, place: str, *, stop: bool = True) -> str:
    """The cues of a role at a place as one alternation, longest first ("leg. et det." before
    "leg.")."""
    rows = sorted(_cue_rows(role, place), key=lambda r: -len(r["cue"]))
    return "(?:" + "|".join(_cue(r, stop=stop) for r in rows) + ")"


# Every cue's first word in lower case: no part of a name ("Coll . JDH / Communic . J . D
# Hooker"). Words that are also names or titles stay out ("Don", "Rev.", "Herb", "Finder").
_NOT_CUE_WORDS = {"don", "rev", "herb", "finder", "legs", "best"}


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    words = {
        re.split(r"[\s.]", r["cue"].strip().lower())[0]
        for r in data_rows("people_cues.csv")
        if r["role"]
        not in (
            "joiner",
            "title",
            "degree",
            "firm",
            "header",
            "ship",
            "name_stop",
            "series",
            "preparation",
            "counted",
            "unread",
            "unnamed",
        )
    }
    return frozenset(w for w in words if len(w) >= 2 and w not in _NOT_CUE_WORDS)


DET = re.compile(
    # "IDET. by", "lDet.by": the edge of an insect label read as a letter before the keyword
    # "Det, " and "Det;; ": the OCR's comma or semicolons for the full stop
    # "DETERMINED BY:", the key printed in capitals; "determined by" in lower case
    # "Det/Conf.:", "Det./Verif.", "Det./Rev.": the key shared with a verifier's or a reviser's
    # the cues of the table in every language ("Bestimmt", "dét.", "determinavit", "опр.")
    # "det. dub." (determinatio dubia): a doubt on the name, no determiner's key
    # "Dct.", "DCT.", "dct.": the OCR's "c" for the "e"; "clet.": its "cl" for the "d"
    # ("Det'd by": the table's cue, not "Det" before an apostrophe)
    r"(?<![A-Za-z])(?![Dd]et\.?\s?dub(?:\.|i[au]s?\b|\b))(?:[Il](?=D))?(?:(?:Det(?:ermined)?|DET(?:ERMINED)?|det(?:ermined)?)\b(?!['’][dD])|(?:Dct|DCT|dct|[Cc]let)(?=\.)|"
    rf"{cues('determiner', 'before')}"
    # the keys read only before a capitalised name on their line ("teste K. Muster")
    rf"|{cues('determiner', 'inline')}(?=[ \t]?[:.]?[ \t]{{0,2}}[A-ZÀ-ÞА-ЯЁ])"
    # "Rev. 1972 K. Muster": capitalised, a revision when a year follows (a reverend's never does)
    r"|Rev(?=\.\s?(?:1[6-9]|20)\d\d(?!\d))"
    # "Rev.: J. Beispiel": a revision's key before its colon (a reverend's title has none)
    r"|Rev(?=\.?\s?:)"
    # "Conf. J. Beispiel": capitalised, a confirmation before initials (a confluence's "Conf." is
    # a place's, before a river's name)
    r"|Conf(?=\.\s?[A-Z]\.))"
    # "Det. por", "Dét. par": the Spanish, Portuguese and French "by"
    r"(?:\.?\s?/\s?(?:Verif|VERIF|Conf|CONF|Rev|REV)[a-z]*)?(?:\s?\.|[,;]{1,2})?"
    # the key shared with the sender's: "Det. & comm. K. Muster"
    r"(?:\s?(?:&|et|and|\+)\s?(?i:comm(?:unicavit|\.)?)\.?)?"
    r"\s*(?:by|By|BY|por|par)?\s*[:.]?\s*[:.]?\s*(?:/\s*)?"
    # "det. } K. Muster": a brace giving the name to this key and the one above or below
    r"(?:\}\s*)?"
    r"(?:vel\s+confirm\.?\s*:?\s*|vidi\s+|\?\s*)?"
)
# A transcriber's marker of a word not read, in brackets ("[illegible]", "[illeg.]", "(unleserlich)",
# "[?]", "[...]"; the words: people_cues.csv, role unread), where a name or its initials stand
# ("coll. [illegible] Musterling"): read past, the name kept doubted.
UNREAD = rf"[\[(][ \t]?(?:{cues('unread', 'before', stop=False)}\.?|\?|\.{{2,3}}|…)[ \t]?[\])]"
# The keys of a collector's field number in the table ("No.", "Nr.", "n°", "Núm.", "№", "#").
NO_KEY = cues("number", "before", stop=False)
# The keys read only after a collector's name on its line ("leg. A. Exemplo nº 1234").
NO_KEY_INLINE = cues("number", "inline", stop=False)
# A ship's prefix ("H.M.S. Exampla", "R/V Exampla"; people_cues.csv, role ship): the words after it
# name a vessel, no person
SHIP = re.compile(rf"\s*{listed('ship')}\s?(?=[A-Z])")
# A determiner's key alone on its line ("DET.", "det :", "Determinavit").
DET_ALONE = re.compile(rf"\s*(?:(?i:det(?:ermined)?)|{cues('determiner', 'before')})[\s.:,;]*")
