"""Collectors, their field numbers, and determiners.

Collectors are found where labels put them: after a keyword ("Coll.", "Collected by", "Leg.",
"Recueilli par"), before one ("P. D. Varga / Collector", "N. L. FAIRWEATHER, COLLECTOR"), at the start of
the herbarium line "Harold P. Quist 35521  20 March 1996", or next to the collection date on insect
labels ("R. Quimby V-9-74"). Determiners follow "Det." and are kept apart from collectors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import FOUR_DIGIT_YEAR, MONTHS, find_dates
from pipelines.fields.geo import PLACE_NOUNS, countries, fold, given_names, states
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.text import (
    Label,
    Line,
    address_shaped,
    candidate,
    is_institution,
    label_of,
)
from pipelines.fields.vicecounty import is_british_county

# Capitals and small letters of the Latin alphabets of Europe ("Č", "Ő", "Ł") and of Cyrillic
# ("К. Мустер"), as character-class contents.
_EXT_A = [chr(c) for c in range(0x100, 0x180)]
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXT_A if c.isupper()) + "А-ЯЁ"
_LOW = "a-zß-öø-ÿ" + "".join(c for c in _EXT_A if c.islower()) + "а-яё"


def _listed(role: str, place: str = "") -> str:
    """The words of a role in people_cues.csv ("title", "degree", "firm"; those at `place`, if
    given) as one alternation, each
    as printed with free spacing: a blank may stand before or after a stop ("PH . & M . D ."), a
    word's last stop may be lost at a line's end; "any" case in capitals too ("BARON")."""
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
        body = ""
        for k, ch in enumerate(word):
            if ch == ".":
                body += r"(?:\s?\.)?" if k == len(word) - 1 else r"\s?\.\s{0,2}"
            elif ch == " ":
                body += r"\s*"
            else:
                body += re.escape(ch)
        body = r"(?<![^\W\d_])" + body + r"(?![^\W\d_])"
        out.append(f"(?i:{body})" if row["case"] == "any" else body)
    return "(?:" + "|".join(out) + ")"


# "Mme", "Mlle" (with or without a stop); "Jhr." or "Jr." before initials: the Dutch jonkheer
# ("Leg. Jr. A. van Muster"), not the suffix after a surname; the titles of the cue table in
# every language ("Baron", "Frhr.", "Ir.", "Abbé")
_TITLE = (
    r"(?:(?:Dr|Mrs?|Prof|Bro|Hno|Fr|Rev|Sr)\.\s{0,2}(?:&\s?(?:Dr|Mrs?)\.\s?)?|Brother\s|Hermano\s"
    rf"|(?:Mme|Mlle)\.?\s|(?:Jhr|Jr)\.\s?(?=[{_UP}]\.)|{_listed('title')}\s{{1,2}})"
)
# The degrees signed after a name ("K. MUSTER, PH. & M. D.", "K. Muster M.D."): no person's.
_DEGREES = rf"(?:\s?,?\s{{1,2}}{_listed('degree')})"
# a surname with a capital inside: "McClure", "O'Neill", "VandeWater", "LaMoure", "DeWitt"
_CAPW = (
    rf"(?:Mc|Mac|O'|D'|Vander|Vande|Van|De|Di|Du|La|Le)?[{_UP}][{_LOW}'’]+(?:-[{_UP}][{_LOW}]+)?"
)
_UPW = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"
_WORD = rf"(?:{_CAPW}|{_UPW})"
# An initial, or a currency or section sign the OCR read for one ("John ¥. Tillson" for "John W.
# Tillson"): the name reads across it, and `_unread_initials_dropped` leaves it out of the value.
_MISREAD_INITIAL = "¥€£§©"
# A given name cut short as old labels print it ("Jul.", "Ferd.", "Chas."), read as an initial.
_GIVEN_ABBR_WORDS = [
    "Alex",
    "Alph",
    "Ant",
    "Aug",
    "Benj",
    "Car",
    "Ch",
    "Chas",
    "Chr",
    "Dan",
    "Edm",
    "Edw",
    "Em",
    "Ern",
    "Ferd",
    "Fr",
    "Fred",
    "Geo",
    "Guil",
    "Gust",
    "Henr",
    "Jac",
    "Jas",
    "Joh",
    "Jos",
    "Jul",
    "Ludw",
    "Nic",
    "Ph",
    "Rich",
    "Rob",
    "Sam",
    "Th",
    "Thos",
    "Wilh",
    "Wm",
]
# in capitals too on printed signatures ("FERD. MUSTER"), bar the months and a state ("AUG.",
# "JUL.", "N. CAR.")
_GIVEN_ABBR = "|".join(
    _GIVEN_ABBR_WORDS + [w.upper() for w in _GIVEN_ABBR_WORDS if w not in ("Aug", "Jul", "Car")]
)
_INIT = rf"(?:[{_UP}{_MISREAD_INITIAL}][a-z{_UP}]?\.|(?:{_GIVEN_ABBR})\.)"
# A given name cut to three or four letters that the short list above lacks ("Moh. Muster",
# "Wilh. Muster"): taken only after a collector's keyword, and only where the letters open a
# given name of the table (`_unknown_abbreviation`), for "Sta. Cruz" or "Nat. Park" elsewhere
# are places.
_INIT_ABBR = rf"(?:{_INIT}|[{_UP}][a-z]{{2,3}}\.(?=\s{{0,3}}[{_UP}]))"
# "van der", "d'", and the abbreviated "v." and "v. d." ("L.v. Muster", "J. v. d. Beek", glued
# "J.v.d. Beek"), in capitals too on printed headers ("A. VAN DE MUSTER")
_PARTICLE = (
    r"(?:(?:von|van|de|del|della|da|das|dos|du|la|le|der|den|ten|ter|zu|y|v\.|d\.|v"
    r"|VON|VAN|DE|DEL|DELLA|DA|DU|DER|DEN|TEN|TER|ZU)\s{1,2}|"
    r"v\.(?=d\.)|d['’]\s?)"
)
# A surname of two words after a particle, ending the name ("J. v. Muster Exempel"): Dutch and
# German double surnames.
_DOUBLE_SURNAME = rf"{_WORD}(?:\s{_CAPW}(?=\s*(?:$|[,;&(\d])))?"
# A middle initial whose full stop the OCR lost, between a given name and a surname ("GEORGE V
# NEFF"): only right after a word, so a lone capital never starts a name.
_BARE_INIT = rf"(?:(?:(?<=[{_LOW}{_UP}] )|(?<=[{_UP}]\. )|(?<=[{_UP}]\.  ))[{_UP}]\s(?={_WORD}))"


def _person(initial: str, *, bare_first: str = "") -> str:
    return (
        rf"{_TITLE}{{0,2}}(?:{_WORD}\s)?(?:{bare_first}{initial}\s{{0,3}}(?:-?{initial}\s{{0,3}}){{0,3}}{_BARE_INIT}?|{_BARE_INIT})?"
        rf"(?:{_WORD}\s)?"
        rf"(?:{_PARTICLE}{{1,2}}{_DOUBLE_SURNAME}|{_WORD})(?:,?\s(?:Jr|Sr)\.?|\s(?:f|fil)\.)?"
        rf"{_DEGREES}?"
    )


PERSON = _person(_INIT)
# The initials after a surname listed first, and the particle after them ("Muster, Y. de").
_INITIALS_AFTER_SURNAME = (
    rf"(?:{_INIT}\s?){{1,4}}(?:(?:de|van|von|van der|van den|d')(?![{_LOW}]))?"
    r"(?=\s*(?:$|[,;&)(]|\d|and\s|et\s))"
)
# A surname listed before its initials, as herbaria index names ("Muster, K.", "Muster, Y. de"):
# only where the initials end the name (before a separator, a number or the line's end), so a
# place before a name ("Exampleton, K. Muster") is not read as one.
_SURNAME_FIRST = rf"{_WORD},\s?{_INITIALS_AFTER_SURNAME}"
PERSON = rf"(?:{_SURNAME_FIRST}|{PERSON})"
# after a keyword, a first initial whose full stop was lost before a second with one ("J D. Muster")
_BARE_FIRST = rf"(?:[{_UP}]\s(?={_INIT}))?"
_PERSON_ABBR = rf"(?:{_SURNAME_FIRST}|{_person(_INIT_ABBR, bare_first=_BARE_FIRST)})"
# The words that join two collectors' names, per language (people_cues.csv, role "joiner":
# "and", "et", "und", "en", "och", "ja", "и"), a comma before them or not ("A, B, and C").
_JOINERS = alternation(r["cue"] for r in data_rows("people_cues.csv") if r["role"] == "joiner")
_JOIN = rf"(?:\s?[,&]\s?|,?\s{_JOINERS}\s)"
# A shared surname: "H. & V. Trask", "Martin & Greta Holloway", "R. A. & E. S. Hayward".
_SHARED = rf"(?:(?:{_INIT}\s?){{1,3}}|{_CAPW}\s)&\s?(?={_INIT}|{_CAPW})"
PERSONS = rf"(?:{_SHARED})?{PERSON}(?:{_JOIN}(?:{_SHARED})?{PERSON}){{0,5}}"
_PERSONS = re.compile(PERSONS)
_PERSONS_ABBR = re.compile(
    rf"(?:{_SHARED})?{_PERSON_ABBR}(?:{_JOIN}(?:{_SHARED})?{_PERSON_ABBR}){{0,5}}"
)


@lru_cache(maxsize=1)
def _name_stops() -> frozenset[str]:
    """Words no person's name holds: kinds of place, institutions' words, form captions
    (`people_cues.csv`, role name_stop)."""
    return frozenset(r["cue"] for r in data_rows("people_cues.csv") if r["role"] == "name_stop")


@dataclass
class Person:
    label: Label
    start: int
    end: int
    names: list[str]


_DEGREE = re.compile(_DEGREES)


def _degrees_dropped(text: str) -> str:
    """ "K. Muster, Ph. & M. D." -> "K. Muster": the degrees after a name of two words or more
    (after a lone word, "Muster, M. D." lists the surname before its initials)."""
    out, at = "", 0
    for m in _DEGREE.finditer(text):
        if len(re.split(r"[,;&]", text[: m.start()])[-1].split()) >= 2:
            out += text[at : m.start()]
            at = m.end()
    return out + text[at:]


# "f." and "fil." (filius) after a surname: the son of a collector of the same name
_FILIUS = ("f.", "fil.")


def split_people(text: str) -> list[str]:
    """'D. S. Carrow & R. K. Godwin' -> two people; 'Martin & Greta Holloway' stays one."""
    # "H.A.Scovell'": a mark after the name, the apostrophe a name may hold inside ("O'Neill")
    # "Princ . Muster": a stop printed apart from its word is put back on it
    text = re.sub(r"(?<=[^\W\d_])\s+\.", ".", re.sub(r"\s+", " ", text))
    text = _degrees_dropped(text).strip(" ,;&'’")
    parts = re.split(
        rf"\s?[,;]?\s{_JOINERS}\s|\s?[,;]\s?(?!(?:Jr|Sr)\b)(?!\s*{_INITIALS_AFTER_SURNAME})|\s&\s?",
        text,
    )
    people: list[str] = []
    pending = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        # the surname ends the name, or opens it before a comma ("Muster, Y. de")
        words = (part.split(",")[0] if "," in part else part).split()
        if len(words) > 1 and words[-1] in _FILIUS:
            words = words[:-1]  # "Hooker f.": the son's mark after the surname
        surname = words[-1]
        has_surname = re.search(rf"[{_UP}][{_LOW}'’]{{1,}}|[{_UP}]{{3,}}", surname) is not None
        if part in ("Jr.", "Jr", "Sr.") and people:
            people[-1] += ", " + part
            continue
        if not has_surname or re.fullmatch(rf"{_TITLE}+", part + " "):
            pending += part + " & "
            continue
        nxt = parts[parts.index(part) + 1] if parts.index(part) + 1 < len(parts) else ""
        # "Martin & Greta Holloway": a lone given name shares the surname that follows.
        if " " not in part and "." not in part and len(nxt.split()) >= 2 and "&" in text:
            pending += part + " & "
            continue
        people.append(pending + part)
        pending = ""
    return people


# The long captions printed on label forms. A word the OCR read a letter or two away from one
# ("E.G. FAIRWEATHER COLLECTORS" read "E.G.FARWTHR OLLETORS") is the caption, not part of a name: no
# surname is that close to these words (short ones are left out: "Forest" is one edit from
# "Forrest").
_FORM_CAPTIONS = (
    "collector",
    "collectors",
    "collected",
    "collection",
    "determined",
    "determiner",
    "identified",
    "herbarium",
    "locality",
    "location",
    "elevation",
    "altitude",
    "latitude",
    "longitude",
    "botanical",
    "exploration",
    "expedition",
    "substratum",
)


@lru_cache(maxsize=4096)
def _misread_caption(low: str) -> bool:
    """Whether `low` (a word in lower case, 7 letters or more) is a form caption with one slip
    in it, or two in a caption of 9 letters or more."""
    if len(low) < 7:
        return False
    for caption in _FORM_CAPTIONS:
        slips = 2 if len(caption) >= 9 else 1
        if Levenshtein.distance(low, caption, score_cutoff=slips) <= slips:
            return True
    return False


# A month in Roman figures ("VII/06" after a name): no surname in capitals.
_ROMAN_MONTH = re.compile(r"I{2,3}|IV|VI{1,3}|IX|XI{1,2}")


def _abbreviated(word: str) -> bool:
    """A word of five letters or more without a vowel ("Rthschld", "Cllctn"): a collection's or a
    museum's name cut short, no surname."""
    folded = fold(word)
    return len(word) >= 5 and folded.isascii() and re.search(r"[aeiouy]", folded) is None


def _bad_word(word: str) -> bool:
    low = word.lower()
    return (
        low in _name_stops()
        or _abbreviated(word)
        or _ROMAN_MONTH.fullmatch(word) is not None
        or _misread_caption(low)
        or _COLL_KEYWORD.fullmatch(word) is not None
        or low in _cue_words()
        or low in MONTHS
        or fold(word) in countries()
        or fold(word) in states()
        or word in states()
        or word + "." in states()
        or (word.isupper() and word.capitalize() + "." in states())  # "NEV.", "ARIZ."
        or fold(word) + "." in countries()  # "N.Mex."
    )


def _joiner(text: str, word: re.Match[str]) -> bool:
    """ "and"/"with" between two names joins collectors ("A. J. Brandt and Z. Okamura"); the
    pattern only takes it there when a whole name follows, so it is not the start of a place."""
    return (
        word.group(0) in ("and", "with")
        and word.start() > 0
        and text[word.start() - 1] == " "
        and word.end() < len(text)
    )


# Same-length repairs of OCR slips inside names, so offsets stay evidence offsets: an initial
# followed by a comma or a guillemet ("G.A,Pellow", "A. J» Brandt"), a lower-case initial
# ("j.R.Tovar", "D.s.Carrow"), a stray space before an initial's full stop or its comma
# ("W .Haldenby", "C ,E,Marlow"), a title in lower case ("Col. bro. Ramón") and a "1" or "|"
# read for an "l" inside a word ("Farre1l").
_INITIAL_COMMA = re.compile(rf"(?<![\w'’])([{_UP}])([,»]{{1,2}})(?=[ \t]?[{_UP}])")
_SPACE_BEFORE_STOP = re.compile(rf"(?<![\w'’.])([{_UP}]) [.,](?=[{_UP}])")
# Initials and particles in transcriptions that space their punctuation ("A . MUSTER",
# "W . J . Muster", "J . v . d . Beek"): the stop moved onto its letter, a space after it.
# The particle may be glued to the initial before it ("L.v . Muster").
# A title or a given name cut to two to four letters is spaced so too before a capital ("Rev . R .
# MUSTER", "Th . MUSTER").
_SPACED_STOP = re.compile(
    rf"((?<![\w'’.])(?:{_GIVEN_ABBR})|(?<![\w'’.])[{_UP}](?:[a-z]{{1,3}})?|(?<=[\s.])[vd]) \.(?= ?[{_UP}vd])"
)
# (not "v" or "d" before a space: the particle of "L.v. Muster")
_LOWER_INITIAL = re.compile(rf"(?<![\w'’])(?![vd]\. )([a-z])(?=\.[ \t]?[{_UP}])")
_LOWER_TITLE = re.compile(rf"(?<![\w'’])(?:bro|dr|prof|hno)(?=\.[ \t]?[{_UP}])")
_DIGIT_L = re.compile(rf"(?<=[{_LOW}])[1|]+(?![\d])")
# A surname read in lower case after two initials ("P. d.varga", "p. D, varga"): taken for a name
# only where a label says a name stands (the line above a "Collector" keyword), see `lenient`.
_LOWER_SURNAME = re.compile(r"(?<![\w'’])([A-Za-z][.,] ?[A-Za-z][.,] ?)([a-z])(?=[a-z]{2})")


@lru_cache(maxsize=1024)
def person_view(text: str, *, lenient: bool = False) -> str:
    """`text` with the OCR slips that break names repaired, one character for one; `lenient`:
    a lower-case surname after initials too (`_LOWER_SURNAME`)."""
    if lenient:
        text = _LOWER_SURNAME.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    text = _INITIAL_COMMA.sub(lambda m: m.group(1) + "." + " " * (len(m.group(2)) - 1), text)
    text = _SPACE_BEFORE_STOP.sub(lambda m: m.group(1) + ". ", text)
    text = _SPACED_STOP.sub(lambda m: m.group(1) + ". ", text)
    text = _LOWER_INITIAL.sub(lambda m: m.group(1).upper(), text)
    text = _LOWER_TITLE.sub(lambda m: m.group(0).capitalize(), text)
    return _DIGIT_L.sub(lambda m: "l" * len(m.group(0)), text)


def persons_at(
    label: Label,
    start: int,
    *,
    end: int | None = None,
    lenient: bool = False,
    abbreviated: bool = False,
) -> Person | None:
    """The people whose names start at `start` in the label's flat text (`lenient`: see
    `person_view`; `abbreviated`: a given name cut to three or four letters may open a name, as
    after a collector's keyword: "Leg. Moh. Muster").

    A name runs into what follows it on a label ("G. T. Hartley No. 1083", "A. H. MERRIAM, MARCH");
    the match is cut before the first word that is a place, a month or a keyword, and retried.
    """
    stop = len(label.flat) if end is None else end
    view = person_view(label.flat, lenient=lenient)
    pattern = _PERSONS_ABBR if abbreviated else _PERSONS
    for _ in range(4):
        m = pattern.match(view, start, stop)
        if m is None:
            return None
        bad = next(
            (
                w
                for w in re.finditer(r"[^\W\d_]+", m.group(0))
                if (
                    _bad_word(w.group(0))
                    and not _joiner(m.group(0), w)
                    and not _given_abbr(m.group(0), w)
                )
                or (abbreviated and _unknown_abbreviation(m.group(0), w))
            ),
            None,
        )
        if bad is None:
            people = [_unread_initials_dropped(n) for n in split_people(m.group(0))]
            cut = _series_title_at(view, m, people)
            if cut is not None:
                stop = cut
                continue
            if not people:
                return None
            # "K. Muster et al.": the others unnamed; the span holds the words, the names not
            tail = _ET_AL.match(view, m.end(), stop)
            return Person(label, m.start(), tail.end() if tail else m.end(), people)
        if bad.start() == 0:
            return None
        stop = m.start() + bad.start()
    return None


# The others of a team left unnamed after the names: "et al.", "& al.", "and others", "u. a."
# (und andere), "e.a." (en anderen).
_ET_AL = re.compile(
    r",?\s{1,2}(?:et\s?al(?:ii)?\b\.?|&\s?al\b\.?|and\s(?:others|party)\b|u\.\s?a\.|e\.\s?a\.)"
)


# An exsiccata's or a series' title of abbreviated words ("Pl. Exempl.", "Fl. Exs."): after a name
# and before a number's key ("K. Muster, Pl. Exempl. no. 45") it reads like a second person.
# Its first word has two letters or more: "O. Muster." is an initial and a name.
_SERIES_TITLE = re.compile(
    rf"[{_UP}][{_LOW}]{{1,7}}\.\s?(?:[{_UP}][{_LOW}]{{0,7}}\.\s?){{0,2}}[{_UP}][{_LOW}]{{0,7}}"
)


def _series_title_at(view: str, m: re.Match[str], people: list[str]) -> int | None:
    """Where to cut the names of `m` when its last "person" is a series' title cut by a full stop
    before a number's key; None when it is not."""
    if len(people) < 2 or not _SERIES_TITLE.fullmatch(people[-1]):
        return None
    if re.match(rf"\.\s?(?:{_NO_KEY}|n\.)", view[m.end() :]) is None:
        return None
    at = m.group(0).rfind(people[-1])
    return m.start() + at if at > 0 else None


@lru_cache(maxsize=1)
def _given_prefixes() -> frozenset[str]:
    """The first three and four letters of the given names of the table ("moh", "wilh")."""
    return frozenset(n[:k] for n in given_names() for k in (3, 4) if len(n) > k)


def _unknown_abbreviation(text: str, word: re.Match[str]) -> bool:
    """A capitalised word of three or four letters cut by a full stop ("Sta. Cruz") that opens
    no given name of the table: no abbreviated given name ("Moh.", "Wilh." are)."""
    w = word.group(0)
    return (
        3 <= len(w) <= 4
        and w[0].isupper()
        and w[1:].islower()
        and text[word.end() : word.end() + 1] == "."
        and re.fullmatch(_GIVEN_ABBR, w) is None
        and re.fullmatch(_TITLE, w + ". ") is None
        and fold(w) not in _given_prefixes()
    )


def _given_abbr(text: str, word: re.Match[str]) -> bool:
    """ "Jul. Muster": a given name cut short before a name, though "Jul" is also a month."""
    return (
        re.fullmatch(_GIVEN_ABBR, word.group(0)) is not None
        and text[word.end() : word.end() + 1] == "."
        and re.match(rf"\.\s{{0,3}}[{_UP}]", text[word.end() :]) is not None
    )


def _unread_initials_dropped(name: str) -> str:
    """ "John ¥. Tillson" -> "John Tillson": an initial the OCR did not read is left out, not
    guessed."""
    return re.sub(rf"(?<![\w'’])[{_MISREAD_INITIAL}]\.\s?", "", name)


# "Coll." as OCR reads it: "CoLL.", "Col1.", "Co11:", "Ccil.", "Collestor", "Colctor:".
_COLL_WORD = r"(?i:c[o0c][l1i|]{1,2}(?:e?[cs]t[o0]rs?|rs?|s)?)"
_COLL_KEYWORD = re.compile(_COLL_WORD)
# "Col." with one "l" (and its OCR slips "Co1.", "C0l."): in Spanish and Portuguese the colonia,
# in English the colonel, as often as the collector's key ("Coll." is the collector's alone)
_COL_ABBR = re.compile(r"(?i:c[o0][l1i|])(?![^\W\d_])")
# What may stand after an abbreviated cue: its stop, or the colon or comma (or the OCR's "?" or
# "»") read for it, a space before it in transcriptions that space their punctuation ("Leg . :").
_STOP = r"(?=\s?[.:,?»])"


def _cue_rows(role: str, place: str) -> list[dict[str, str]]:
    """The cue table's rows of a role (`people_cues.csv`) that stand at `place` (before or after
    the name, or both)."""
    return [
        r
        for r in data_rows("people_cues.csv")
        if r["role"] == role and r["place"] in (place, "both")
    ]


def _cue(row: dict[str, str], *, stop: bool = True) -> str:
    """One cue as a pattern: an abbreviation ("leg.") needs its stop after it (`stop`), a word
    ("legit") its end; "any" case matches it in capitals too ("LEG.")."""
    word = row["cue"].strip()
    abbr = word.endswith(".")
    body = re.escape(word.rstrip(".")).replace(r"\ ", r"\s+")
    if word[:1].isalpha():
        body = r"(?<![^\W\d_])" + body
    if abbr and stop:
        body += _STOP
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
def _cue_words() -> frozenset[str]:
    words = {
        re.split(r"[\s.]", r["cue"].strip().lower())[0]
        for r in data_rows("people_cues.csv")
        if r["role"] not in ("joiner", "title", "degree", "firm", "header", "name_stop")
    }
    return frozenset(w for w in words if len(w) >= 2 and w not in _NOT_CUE_WORDS)


_COLL_BEFORE = re.compile(
    # a form's key with the possessive: "Collector's name T. R. Winslow"; the cues of the table
    # in every language ("leg.", "Sammler:", "Récolté par", "kerääjä", "собрал"); the sender
    # ("Communic."), whom old sheets name where the collector stands
    rf"(?<![A-Za-z])(?:(?P<sender>{cues('sender', 'before')})|(?:"
    rf"{cues('collector', 'before')}|(?i:collected\s+and\s+prepared\s+by)|Collector\s*&\s*No\.?|"
    # the printed key split by a space as OCR may read it: "Col lector"
    r"^[ \t]*(?:Col ?lectors?|COL ?LECTORS?)(?:\(s\))?|"
    # "Collector(s):", as forms print it
    rf"{_COLL_WORD}(?:\(s\))?{_STOP}|"
    # the keyword's full stop lost, before initials: "COLL C. WARDELL"; its "ll" read as "tt"
    # before initials: "Cott. C. WARDELL"
    # or before a surname in capitals: "coll MUSTER", "Coll R . Muster"
    r"(?:Coll|COLL|coll)(?=\s(?:[A-Z][.,]|[A-Z] \.|[A-Z]{3,}(?![a-z])))|(?:Cott|COTT)(?=\.\s?[A-Z]\.))(?![A-Za-z])"
    # the keyword's full stop lost before a title, or the keyword run into it: "Col Mrs. Ann
    # Wray", "ColMrs. Ann Wray"
    r"|(?:Coll?|COLL?)(?=\s?(?:Mrs?|Dr|Prof)\.\s?[A-Z]))"
    r"[\s.:,?»_-]*"
    # the key shared with the determiner's: "leg. & det.", "Coll. et det.:", "Leg. + Det."
    r"(?:(?:&|et|and|und|\+)\s?(?i:det)(?:\.|ermin[a-z]*\.?)?(?![^\W\d_])[\s.:,]*)?"
    r"(?:by\s*)?:?\s*(?=\S)",
    re.MULTILINE,
)
_COLL_AFTER = re.compile(
    rf"^[\s,;(}}\]|]*(?:{_COLL_WORD}\b|{cues('collector', 'after', stop=False)})\.?(?=[\s.,:;?]|$)",
    re.IGNORECASE,
)
_DET = re.compile(
    # "IDET. by", "lDet.by": the edge of an insect label read as a letter before the keyword
    # "Det, " and "Det;; ": the OCR's comma or semicolons for the full stop
    # "DETERMINED BY:", the key printed in capitals; "determined by" in lower case
    # "Det/Conf.:", "Det./Verif.": the key shared with a verifier's
    # the cues of the table in every language ("Bestimmt", "dét.", "determinavit", "опр.")
    r"(?<![A-Za-z])(?:[Il](?=D))?(?:(?:Det(?:ermined)?|DET(?:ERMINED)?|det(?:ermined)?)\b|"
    rf"{cues('determiner', 'before')})"
    r"(?:\.?\s?/\s?(?:Verif|VERIF|Conf|CONF)[a-z]*)?(?:\s?\.|[,;]{1,2})?\s*(?:by|By|BY)?\s*[:.]?\s*[:.]?\s*(?:/\s*)?"
    r"(?:vel\s+confirm\.?\s*:?\s*|vidi\s+|\?\s*)?"
)
# The keys of a collector's field number in the table ("No.", "Nr.", "n°", "Núm.", "№", "#").
_NO_KEY = cues("number", "before", stop=False)
# The number after a name: a blank or two, or (`gap`) the blanks a typed label aligns its columns
# with ("Warren P. Fisk     33418     2 May 1981"); seven or eight figures after "#"
# ("#98061203": the date and a serial); a code of a capital or two and figures ("B12").
# A series' code between the name and its number, as colonial and exsiccata sheets print it:
# initials with stops ("K. Muster C.P. 1234"), or abbreviated words before a number's key ("K.
# Muster, Pl. Exempl. no. 45"). The number is kept without it, as keyers keep "No."'s numbers.
_SERIES = rf"(?:(?:[{_UP}]\.\s?){{1,3}}(?=\s?\d)|(?:[{_UP}][{_LOW}]{{0,7}}\.\s?){{1,3}}(?={_NO_KEY}|n\s?\.))"
_NUMBER_AFTER = re.compile(
    rf"(?:(?P<gap> {{3,30}})|\s)?[,:]?\s?(?P<series>{_SERIES}\s?)?"
    rf"(?:(?:{_NO_KEY}|n(?=\s?\.))\s?\.?\s?(?:-\s)?|(?:Number|NUMBER):\s?)?(?P<n>"
    r"(?:(?<=#)|(?<=# ))\d{7,8}(?![\d°'A-Za-z]|[-.,]\d)"
    r"|[A-Z]{1,2}\d{1,6}(?![\d°'A-Za-z]|[-.,]\d)"
    r"|(?:[A-Z]{1,2}\d*-)?\d{1,6}(?:-\d{1,5})?(?:[a-zA-Z]|-[a-zA-Z](?![A-Za-z]))?(?![\d°'A-Za-z]|[-.,]\d)"
    r"(?!\s?(?:ft|feet|m|mi|km|miles|meters)\b)|s\.\s?n\.)"
)


@dataclass
class People:
    collectors: list[FieldCandidate]
    numbers: list[FieldCandidate]
    determiners: list[FieldCandidate]
    # the names of "with" lines, joined to a collector or standing alone: text no place takes
    companions: list[FieldCandidate] = field(default_factory=list)
    # former collections and donors ("Ex Muster Coll.", "Herb. K. Muster", "K. Muster Bequest"):
    # never the collector; offered as occurrenceRemarks for the caller to keep or drop
    donors: list[FieldCandidate] = field(default_factory=list)


# A lone word that is far more often a given name than a surname ("Coll. _Wayne..
# Pettibone.", the surname lost to the OCR or cut off by the label's edge) is a truncated name as
# often as not. The value stays for a curator to see, flagged, and its rule's belief is scaled so
# the calibrated confidence falls from 0.98 to about 0.75 ("Collected by Wayne"): the devset's
# single-word collectors are all surnames, so the model never learnt this doubt.
_GIVEN_NAME_ONLY = 0.2


def given_name_only(value: str) -> bool:
    """Whether the first person in `value` ("Wayne", "Marie. | R. Covell") is one word, and a
    word the Census counts more often as a first name than as a surname (`given_names`)."""
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", value.split(" | ")[0])
    return len(words) == 1 and fold(words[0]) in given_names()


def lone_capitals(value: str) -> bool:
    """Whether the first person in `value` is one word of five capitals or more ("MUSTER"): as
    often a place, a header or a misreading of the name as the surname (shorter ones are initials,
    see `_initials_named`)."""
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", value.split(" | ")[0])
    return len(words) == 1 and len(words[0]) >= 5 and words[0].isupper()


# A surname alone, or after a title ("Mr. Muster 1871", "Abbé Exemple", "Pfarrer Muster"), that no
# sure cue names the collector: uncued, or after "Col." (a colonel, a colonia or a place as often
# as a collector's key: "Col. Exempla"). The value is offered, flagged (a doubt: below 0.9).
SURNAME_ONLY = "surname_only"
# the rules whose cue says the name is the collector's ("Leg.", "Collected by", "K. Muster, Collector")
_CUED = (
    "collector.keyword",
    "collector.sender",
    "collector.keyword_after",
    "collector.keyword_below",
)


def title_and_surname(value: str) -> bool:
    """Whether the first person in `value` is a title (or two) and one word ("Mr. Muster", "Père
    Exemple"): no initial and no given name."""
    first = value.split(" | ")[0]
    m = re.match(rf"(?:{_TITLE})+", first + " ")
    return m is not None and re.fullmatch(rf"{_WORD}\.?", first[m.end() :].strip()) is not None


def _person_candidate(term: Term, person: Person, conf: float, rule: str) -> FieldCandidate:
    value = " | ".join(person.names)
    flags: list[str] = []
    if given_name_only(value):
        conf *= _GIVEN_NAME_ONLY
        flags.append("given_name_only")
    if lone_capitals(value):
        flags.append("lone_capitals")
    if term is Term.recordedBy and rule not in _CUED and title_and_surname(value):
        flags.append(SURNAME_ONLY)
    return candidate(term, value, conf, person.label, person.start, person.end, rule, flags)


def _number_after(person: Person, conf: float, *, gap: bool = False) -> FieldCandidate | None:
    """The field number after a name on its line; across a wide gap only with `gap` (a name
    without a keyword: after "Collector  Martin Holloway    #283" the keyword's number is read by
    `record_number_candidates`)."""
    lab = person.label
    line_end = lab.line_at(person.start).end
    # No endpos: the look-aheads must see past the line end ("Arroyo Hondo,20 / mi. S").
    m = _NUMBER_AFTER.match(lab.flat, person.end)
    if m is None or m.end("n") > line_end or m.start("n") == person.end:
        return None  # "H.A.Scovell6": a digit glued to the name is OCR noise, not a number
    if m.group("gap") and not gap:
        return None
    value = re.sub(r"\s", "", m.group("n"))
    if find_dates(lab.flat[m.start("n") : m.end("n") + 6]) or any(
        d.start == 0 for d in find_dates(lab.flat[m.start("n") : line_end])
    ):
        return None  # "R. Quimby V-9-74", "K. Muster 24. V. 1984": the date, not a number
    after = lab.flat[m.end("n") : m.end("n") + 24]
    month = _MONTH_AFTER.match(after)
    if re.fullmatch(r"1[6-9]\d\d|20[0-3]\d", value) or (
        value.isdigit()
        and int(value) <= 31
        and month is not None
        # "Gordon Pike 3 / Oct. 4, 2003": the month has its own day; the number is no day
        and not _DAY_AND_YEAR.match(after, month.end())
    ):
        return None  # "KQV 1987" is an annotation, "L.P. Lund 24 June 1956" a date
    return candidate(
        Term.recordNumber, value, conf, lab, m.start("n"), m.end("n"), "number.after_collector"
    )


def find_people(
    labels: list[Label],
    event_spans: list[tuple[Label, int, int]],
    *,
    headers: Sequence[Label] = (),
) -> People:
    """The collectors, field numbers, determiners, companions and donors on `labels`; `headers`:
    the sheet's stamps and headers, read only for a personal herbarium's header when no label
    names a collector (`header_collectors`)."""
    coll: list[FieldCandidate] = []
    nums: list[FieldCandidate] = []
    dets: list[FieldCandidate] = []
    for lab in labels:
        keyed, keyed_nums = _keyed_collectors(lab)
        coll += keyed
        nums += keyed_nums
        for i, line in enumerate(lab.lines):
            if _DET.search(line.text) or is_institution(line.text):
                continue
            coll += _collectors_keyed_after(lab, i)
            named, named_nums = _numbered_line(lab, i)
            coll += named
            nums += named_nums
        dets += _determiners(labels, lab)
    for lab, s, e in event_spans:
        coll.extend(_people_near_date(lab, s, e))
        nums.extend(_numbered_after_date(lab, e))
    donors = find_donors(labels)
    # a former collection is nobody who collected; nor is a museum's register line
    coll = [c for c in coll if not _within(c, donors) and not _on_register(labels, c)]
    if not any(c.confidence >= 0.5 for c in coll):
        # a line of initials and a surname outranks a lone word by the date ("EXEMPLATON,")
        dated = {lab.label for lab, _, _ in event_spans}
        coll.extend(c for c in _name_lines(labels, dated) if not _within(c, donors))
    # after the name lines: a companion ("with Ottilie Brand") is never the collector when the
    # collector's own line names them ("Warren P. Fisk 33418 2 May 1981")
    coll, companions = _with_companions(labels, coll)
    if not coll:
        coll = header_collectors([*labels, *headers])
    nums = _keyed_elsewhere(labels, [_short_doubted(n) for n in nums])
    return People(_keyed_disagree(_initials_named(coll)), nums, dets, companions, donors)


def _keyed_collectors(lab: Label) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """The collectors a keyword before their name gives on `lab` ("Leg. K. Muster", "Collector: /
    No.: 688 / K. Muster"), and the field numbers after them."""
    coll: list[FieldCandidate] = []
    nums: list[FieldCandidate] = []
    for m in _COLL_BEFORE.finditer(lab.text):
        at = lab.line_no(m.start())
        if lab.line_no(m.end()) > at and _FORM_KEY.fullmatch(lab.lines[at + 1].text):
            # "Collector: / No.: 688 / K. Muster": the form's keys stand in a column
            if (p := _person_below_keys(lab, at)) is not None:
                rule = "collector.keyword_below"
                coll.append(_person_candidate(Term.recordedBy, p, 0.8, rule))
            continue
        if re.match(r"(?:Date|Dates|No\b|Number|Map|Quad)", lab.flat[m.end() : m.end() + 6]):
            continue
        if _keyword_after_name(lab, m.start()):
            continue  # "P. D. Varga / Collector / Tepatitlan,": the name is above
        p = _name_on_line(lab, persons_at(lab, m.end(), abbreviated=True))
        if p is None or is_institution(lab.line_at(m.start()).text):
            continue
        # the sender ("Communic.") is keyed as the collector, but is not always the one
        sent = m.group("sender") is not None
        rule = "collector.sender" if sent else "collector.keyword"
        c = _person_candidate(Term.recordedBy, p, 0.7 if sent else 0.9, rule)
        if _COL_ABBR.match(m.group(0)) and re.fullmatch(_WORD, c.value):
            # "Col. Exempla": a colonel, a colonia or a place as often as a collector
            c = c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]})
        coll.append(c)
        num = _number_after(p, 0.85)
        if num is None and "No" in m.group(0):
            nxt = lab.line_no(p.end) + 1
            if nxt < len(lab.lines) and re.fullmatch(r"\s*\d{1,6}\s*", lab.lines[nxt].text):
                ln = lab.lines[nxt]
                s = ln.start + len(ln.text) - len(ln.text.lstrip())
                e = ln.start + len(ln.text.rstrip())
                num = candidate(
                    Term.recordNumber, ln.text.strip(), 0.8, lab, s, e, "number.next_line"
                )
        if num is not None:
            nums.append(num)
    return coll, nums


def _collectors_keyed_after(lab: Label, i: int) -> list[FieldCandidate]:
    """The collectors a keyword after their name gives on line `i` ("P. D. Varga / Collector",
    "W. L. ABERNATHY, Collector"), unless a keyword opens the line before a name."""
    line = lab.lines[i]
    if _keyword_before_name(lab, i):
        return []  # "Peedee Canal, / Coll. H.W.Ravensworth": the name follows; above is a place
    if (
        (k := _COLL_AFTER.match(line.text)) is not None and not _words_after(line.text[k.end() :])
    ) or _COLL_AFTER.match(line.text[_line_person_end(lab, i) :]):
        return _people_before_keyword(lab, i)
    return _person_before_inline_keyword(lab, i)


def _numbered_line(lab: Label, i: int) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """A name that opens line `i` with the collector's field number after it or below it ("K.
    Muster 1234", "Muster s.n.") or before it ("No. 4417  R. T. Mabry"): the collectors and the
    numbers."""
    line = lab.lines[i]
    coll: list[FieldCandidate] = []
    nums: list[FieldCandidate] = []
    head = len(line.text) - len(line.text.lstrip())
    p = persons_at(lab, line.start + head, end=line.end)
    if p is not None and _surname_sine_numero(lab, p, line.end):
        # "Muster s.n.", "Muster No. 12": a surname alone, but with the collector's
        # number (or "no number") after it
        c = _person_candidate(Term.recordedBy, p, 0.6, "collector.name_number")
        coll.append(c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]}))
        if (num := _number_after(p, 0.6)) is not None:
            nums.append(num)
    elif p is not None and (q := _name_place_number(lab, p, line.end)) is not None:
        # "Muster: Exempla 1901 No. 961": an old collector's own label
        c = _person_candidate(Term.recordedBy, q, 0.6, "collector.name_place_number")
        coll.append(c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]}))
    elif p is not None and (_full_name(p) or _surnames_joined(p)):
        num = _number_after(p, 0.8, gap=True)
        if num is not None and not _DATE_LIKE.match(lab.flat, num.evidence.start or 0):
            # the name's span stays the first collector's: the number is paired with its end
            joined = Person(lab, p.start, p.end, p.names + _names_below(lab, i))
            rule = "collector.name_number"
            # surnames alone ("Muster & Beispiel 4005"): less sure than names with initials
            conf = 0.8 if _full_name(p) else 0.6
            coll.append(_person_candidate(Term.recordedBy, joined, conf, rule))
            nums.append(num)
        elif (num := _number_below(lab, i, p)) is not None:
            rule = "collector.name_number_below"
            coll.append(_person_candidate(Term.recordedBy, p, 0.75, rule))
            nums.append(num)
    elif p is None and (q := _person_after_number(lab, i)) is not None:
        coll.append(_person_candidate(Term.recordedBy, q, 0.75, "collector.number_name"))
    return coll, nums


def _determiners(labels: list[Label], lab: Label) -> list[FieldCandidate]:
    """The determiners a "Det." keyword on `lab` names, after it or beside it on a form's row."""
    dets: list[FieldCandidate] = []
    for m in _DET.finditer(lab.flat):
        p = _determiner_after(lab, m)
        if p is not None:
            dets.append(_person_candidate(Term.identifiedBy, p, 0.85, "det.keyword"))
        elif (p := _determiner_beside(labels, lab, m)) is not None:
            dets.append(_person_candidate(Term.identifiedBy, p, 0.8, "det.beside_keyword"))
    return dets


def _name_on_line(lab: Label, p: Person | None) -> Person | None:
    """ "Coll. Muster / Exempla", "Leg. Muster, K. / Exempla": a name after a keyword that the next
    line's words lengthened ends on its line when its part there is a name alone on it, bar a
    joiner that runs the list on."""
    if p is None:
        return None
    line_end = lab.line_at(p.start).end
    if p.end <= line_end:
        return p
    q = persons_at(lab, p.start, end=line_end, abbreviated=True)
    if q is None or not _only_noise(rest := lab.flat[q.end : line_end]):
        return p
    # "Coll. K. Muster & / J. Beispiel": a list that runs on
    return p if re.search(rf"[,&]\s*$|\s{_JOINERS}\s*$", rest) else q


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


def _short_doubted(c: FieldCandidate) -> FieldCandidate:
    return _flagged(c) if re.fullmatch(r"\d", str(c.value)) else c


def _keyed_elsewhere(labels: list[Label], nums: list[FieldCandidate]) -> list[FieldCandidate]:
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


# A personal herbarium's or a series' header (people_cues.csv, role header): the herbarium's
# word before the name on its line ("HERBIER K. MUSTER"), or after it: after a comma ("K.
# Muster, Flora von Exempla") or opening the next line ("K. MUSTER / HERBARIUM RUBORUM").
_HEADER_BEFORE = re.compile(rf"{_listed('header', 'before')}\s?[.:]?\s*")
_HEADER_AFTER = re.compile(rf"\s?(?:,|\s?\.?\s?[-–—])\s*{_listed('header', 'after')}")
_HEADER_LINE = re.compile(rf"[\s\W]*{_listed('header', 'after')}")
# The owner is as often a former owner as the collector: the value is a last resort, flagged
# (a doubt: below 0.9) and with a low rule confidence.
_HEADER_CONF = 0.12


def _series_line(text: str) -> bool:
    """A series' header under its owner's name ("HERBARIUM RUBORUM", "Plantae Exemplenses"), not
    an institution's herbarium ("Herbier du Jardin botanique", "Herbarium of the University")."""
    m = _HEADER_LINE.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    return re.match(r"\s*(?i:du|de|des|of|der|van|del|della)\b", rest) is None and not (
        is_institution(rest)
    )


def header_collectors(labels: Sequence[Label]) -> list[FieldCandidate]:
    """The person a personal herbarium's or a series' header names, with initials or a given
    name ("HERBIER K. MUSTER", "Herb. K. Muster", "K. Muster, Flora von Exempla", "K. MUSTER /
    HERBARIUM RUBORUM"), flagged `herbarium_header`; the given names in the Latin genitive as
    initials ("Herbarium Caroli MUSTER" -> "C. MUSTER"), the name under the header's word alone
    too; not a former collection ("Ex Herb. K. Muster": the cue must open its line) nor a Latin
    genitive alone ("HERBARIUM MUSTERI")."""
    out: list[FieldCandidate] = []
    for lab in labels:
        for i, line in enumerate(lab.lines):
            head = line.start + _line_head(line.text)
            m = _HEADER_BEFORE.match(lab.flat, head, line.end)
            if m is not None and m.end() >= line.end and i + 1 < len(lab.lines):
                # "HERBARIUM / Caroli MUSTER": the herbarium's word alone, the name under it
                nxt = lab.lines[i + 1]
                p = persons_at(lab, nxt.start + _line_head(nxt.text), end=nxt.end)
                if p is None or _DONOR_TAIL.fullmatch(lab.flat, p.end, nxt.end) is None:
                    continue
            elif m is not None:
                p = persons_at(lab, m.end(), end=line.end) or _month_named(lab, m.end(), line.end)
                if p is None or _DONOR_TAIL.fullmatch(lab.flat, p.end, line.end) is None:
                    continue
            else:
                p = persons_at(lab, head, end=line.end)
                if p is None:
                    continue
                rest = lab.flat[p.end : line.end]
                below = (
                    i + 1 < len(lab.lines)
                    and _only_noise(rest)
                    and _series_line(lab.lines[i + 1].text)
                )
                if not (_HEADER_AFTER.match(rest) or below):
                    continue
            if is_institution(lab.flat[p.start : p.end]):
                continue  # "Herbarium Universitatis Exemplensis"
            if len(p.names) == 1 and (genitive := _latin_genitive(p.names[0])) is not None:
                p = Person(p.label, p.start, p.end, [genitive])
            elif len(p.names) != 1 or not (_initialled(p) or _given(p)):
                continue
            c = _person_candidate(Term.recordedBy, p, _HEADER_CONF, "collector.header")
            out.append(c.model_copy(update={"flags": [*c.flags, "herbarium_header"]}))
    return out[:1]


# A given name cut short in capitals that is also a month's ("AUG." August, "JUL." Jules): after a
# header's word and before a surname in capitals it is the given name ("HERBIER AUG. MUSTER").
_MONTH_GIVEN = re.compile(rf"(?P<g>AUG|JUL)\s?\.\s{{0,2}}(?=[{_UP}]{{3}})")


def _month_named(lab: Label, start: int, end: int) -> Person | None:
    m = _MONTH_GIVEN.match(lab.flat, start, end)
    if m is None:
        return None
    p = persons_at(lab, m.end(), end=end)
    if p is None or len(p.names) != 1 or not p.names[0].isupper() or " " in p.names[0]:
        return None
    return Person(lab, start, p.end, [f"{m.group('g').capitalize()}. {p.names[0]}"])


# A given name in the Latin genitive, as personal herbaria print their owner's ("Herbarium Caroli
# Muster", "Herbarium Georgii Dominicique MUSTER", "Herbarium Mariae Beispiel"): -i, -ii, -ae, -is,
# and "-que" ("and") joining a second one.
_GENITIVE = re.compile(rf"[{_UP}][{_LOW}]+(?:i|ae|æ|is)(?:que)?")


def _latin_genitive(name: str) -> str | None:
    """ "Georgii Dominicique MUSTER" -> "G. D. MUSTER": given names in the Latin genitive (one to
    three) and a surname, as initials and the surname; None for any other name."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(_GENITIVE.fullmatch(w) for w in words[:-1]):
        return None
    if _GENITIVE.fullmatch(words[-1]) and not words[-1].isupper():
        return None  # "Herbarium Horti Botanici": every word a genitive, no surname
    return " ".join([*(w[0] + "." for w in words[:-1]), words[-1]])


_INITIALS_WORD = re.compile(rf"[{_UP}]{{2,4}}")
_KEYED = ("collector.keyword", "collector.sender")


def _initials_of(name: str) -> str:
    """ "J. D. Muster" -> "JDM": the first letters of a name's capitalised parts."""
    return "".join(w[0] for w in re.findall(rf"[{_UP}][^\s.]*", name))


def _initials_named(coll: list[FieldCandidate]) -> list[FieldCandidate]:
    """A collector keyed by initials alone ("Coll. JDM") is the person of those initials named
    elsewhere on the sheet ("Communic. J. D. Muster"); without one, it is flagged
    `initials_only`: the curator must say whose they are."""
    out: list[FieldCandidate] = []
    for c in coll:
        if not _INITIALS_WORD.fullmatch(c.value):
            out.append(c)
            continue
        named = next(
            (o for o in coll if o is not c and _initials_of(o.value.split(" | ")[0]) == c.value),
            None,
        )
        if named is not None:
            cited = named.evidence.model_copy(update={"rule": f"{c.evidence.rule}+initials"})
            out.append(named.model_copy(update={"confidence": c.confidence, "evidence": cited}))
        else:
            out.append(c.model_copy(update={"flags": [*c.flags, "initials_only"]}))
    return out


def _surname(value: str) -> str:
    words = re.findall(rf"[{_UP}][{_LOW}'’-]+|[{_UP}]{{3,}}", value.split(" | ")[0])
    return fold(words[-1]) if words else ""


def _keyed_disagree(coll: list[FieldCandidate]) -> list[FieldCandidate]:
    """Two keyword collectors (or senders) of the same rule that name different people
    ("Communic. K. Muster 1832" and "Communic. J. Beispiel 1829" on one sheet): which one
    collected the specimen the labels do not say, so both are flagged `several_collectors`."""
    out = list(coll)
    for rule in _KEYED:
        same = [k for k, c in enumerate(out) if c.evidence.rule == rule]
        if len({_surname(out[k].value) for k in same}) < 2:
            continue
        for k in same:
            out[k] = out[k].model_copy(update={"flags": [*out[k].flags, "several_collectors"]})
    return out


# A printed form's key alone on its line, or with a short value after its colon ("Zeehoogte :",
# "No. : 688", "Alt.: 5 m"); or a field number's key with its number ("No. 8414").
_FORM_KEY = re.compile(
    rf"\s*(?:(?:[^\W\d_]+\s?\.?\s?){{1,3}}:[^:]{{0,12}}|{_NO_KEY}\s?\.?\s?:?\s?\d{{0,6}})\s*"
)


def _person_below_keys(lab: Label, i: int) -> Person | None:
    """The name under a collector's key that ends line `i`, past the keys of the form's column
    ("Collector : / No. : 688 / K. v. Muster", "Vinder: / Zeehoogte : / K. Muster"); past a
    "Det." key only with a brace that gives the name to both ("Leg. / Det. / } K. Muster")."""
    det = False
    for ln in lab.lines[i + 1 : i + 4]:
        if _FORM_KEY.fullmatch(ln.text):
            continue
        head = ln.start + _line_head(ln.text)
        brace = lab.flat[head : head + 1] == "}"
        if brace:
            head += len(lab.flat[head + 1 : ln.end]) - len(lab.flat[head + 1 : ln.end].lstrip()) + 1
        p = persons_at(lab, head, end=ln.end, abbreviated=True)
        if p is not None and _only_noise(lab.flat[p.end : ln.end]):
            if det and not brace:
                return None
            return p if _full_name(p) else None
        if not _DET.match(ln.text.strip()):
            return None
        det = True
    return None


_DONOR_BEFORE = re.compile(rf"{cues('donor', 'before')}[\s.:,]*(?:by\s*)?:?\s*(?=\S)")
_DONOR_AFTER = re.compile(rf"[\s,]*{cues('donor', 'after', stop=False)}\.?(?![^\W\d_])")
# A museum's register of accessions beside a collection's name: "B.M. 1961-418", "Brit. Mus.
# 1931-12.", "XMNH (E) / 2014-77": the year of the accession and its serial.
_REGISTER = re.compile(
    r"\s*(?:(?:[A-Z][A-Za-z]{0,5}\.?\s?){1,3}(?:\([A-Z]\)\s*)?)?"
    r"(?:1[6-9]|20)\d\d\s?[-–—/]\s?\d{1,5}\.?\s*"
)
# What may follow a donor's name on its line: a year, "Esq.", a number.
_DONOR_TAIL = re.compile(
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
            p = persons_at(lab, m.end(), end=line.end)
            if p is None:
                continue
            end = p.end
            if (a := _DONOR_AFTER.match(lab.flat, end, line.end)) is not None:
                end = a.end()  # "Ex Muster Coll."
            if _DONOR_TAIL.fullmatch(lab.flat, end, line.end) is None:
                continue  # "Herb. Horti Bot. Exempl.": no name alone after the cue
            out.append(_donor(lab, m.start(), end))
        for i, line in enumerate(lab.lines):
            p = persons_at(lab, line.start + _line_head(line.text), end=line.end)
            if p is None:
                continue
            a = _DONOR_AFTER.match(lab.flat, p.end, line.end)
            if a is None and _only_noise(lab.flat[p.end : line.end]) and i + 1 < len(lab.lines):
                nxt = lab.lines[i + 1]
                a = _DONOR_AFTER.match(lab.flat, nxt.start, nxt.end)  # "H. Muster / Collection"
                a = a if a is not None and _only_noise(lab.flat[a.end() : nxt.end]) else None
            if a is None:
                continue
            register = any(_REGISTER.fullmatch(ln.text) for ln in lab.lines[i + 1 : i + 4])
            if _COLL_KEYWORD.fullmatch(a.group(0).strip(" ,.")) and not register:
                continue  # "Quillfeather Coll": the collector, as often as the collection
            out.append(_donor(lab, p.start, a.end()))
    return out


def _on_register(labels: list[Label], cand: FieldCandidate) -> bool:
    """Whether a candidate stands on a museum's register line ("Brit. Mus. 1931-12.")."""
    lab = label_of(labels, cand.evidence)
    if lab is None or cand.evidence.start is None:
        return False
    return _REGISTER.fullmatch(lab.line_at(cand.evidence.start).text) is not None


def _donor(lab: Label, start: int, end: int) -> FieldCandidate:
    value = re.sub(r"\s+", " ", lab.flat[start:end]).strip()
    return candidate(Term.occurrenceRemarks, value, 0.6, lab, start, end, "donor.keyword")


def _within(cand: FieldCandidate, spans: list[FieldCandidate]) -> bool:
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


# "with Tobias A. Zeller, José Cerdán" on a line of its own, "With: M. Brennick", "327 w/ S. Dorfman".
# After a collector's number on its line too: "K. Muster 1234 with J. Beispiel".
_WITH = re.compile(
    r"(?:^[ \t]*(?:[Ww]ith|WITH)(?P<colon>[ \t]*:)?|(?<![A-Za-z])w/|(?<=\d )(?P<inline>with|WITH)(?= ))"
    r"[ \t]*(?=\S)",
    re.M,
)


def _companions(lab: Label, m: re.Match[str]) -> Person | None:
    """The people after "with": full names (a lone word is as often a place: "with Mad
    River"), and after a bare "with" nothing else on the line ("with Pinus Ponderosa forest")."""
    i = lab.line_no(m.start())
    end = lab.lines[i].end
    # a list that runs on to the next line: "With: A. Bell, C. Dorn,\nE. Fisk"
    if lab.text[:end].rstrip().endswith(",") and i + 1 < len(lab.lines):
        end = lab.lines[i + 1].end
    p = persons_at(lab, m.end(), end=end)
    if p is None or not _full_name(Person(lab, p.start, p.end, p.names[:1])):
        return None
    explicit = m.group("colon") or m.group("inline") or m.group(0).startswith("w/")
    rest = lab.flat[p.end : end]
    # "with J. Q. Ames   7 Oct 1995": the collection date beside the name
    if not explicit and not (_only_noise(rest) or _date_alone(rest)):
        return None
    return p


def _date_alone(text: str) -> bool:
    """Whether `text` is one date and nothing else but blanks and punctuation."""
    dates = find_dates(text)
    return (
        len(dates) == 1
        and not text[: dates[0].start].strip(" \t,.;")
        and _only_noise(text[dates[0].end :])
    )


def _with_companions(
    labels: list[Label], coll: list[FieldCandidate]
) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """The collector's companions join the names (Darwin Core's recordedBy lists everyone who
    collected, the primary collector first): after a collector named on the same line or up to
    two lines above, or on the line above a collector's; without one, they are the collectors
    found. Also returns the companions' own spans."""
    out = list(coll)
    spans: list[FieldCandidate] = []
    for li, lab in enumerate(labels):
        for m in _WITH.finditer(lab.text):
            p = _companions(lab, m)
            if p is None:
                continue
            alone = _person_candidate(Term.recordedBy, p, 0.5, "collector.with")
            # the span claimed from the places holds the keyword too
            spans.append(
                candidate(
                    Term.recordedBy, alone.value, 0.5, lab, m.start(), p.end, alone.evidence.rule
                )
            )
            at = lab.line_no(m.start())
            # "... / with Ottilie Brand // Warren P. Fisk 33418": the "with" line ends its label,
            # the collector's line opens the next
            below = labels[li + 1] if li + 1 < len(labels) and at == len(lab.lines) - 1 else None
            joined = False
            for k, c in enumerate(out):
                line = c.evidence.line
                opens_below = (
                    below is not None
                    and c.evidence.label == below.label
                    and (c.evidence.start or 0) < below.lines[0].end
                )
                if not opens_below:
                    if c.evidence.label != lab.label or line is None or not -1 <= at - line <= 2:
                        continue
                    if at >= line and (c.evidence.end or 0) > p.start:
                        continue
                names = c.value.split(" | ")
                names += [n for n in p.names if n not in names]
                # the evidence stays the first collector's name (a field number is paired with
                # its end); the rule tells a curator the value also holds the "with" line's names
                cited = c.evidence.model_copy(update={"rule": f"{c.evidence.rule}+with"})
                out[k] = c.model_copy(update={"value": " | ".join(names), "evidence": cited})
                joined = True
            if not joined and not coll:
                out.append(alone)
    return out, spans


def _determiner_after(lab: Label, m: re.Match[str]) -> Person | None:
    """The name after a "Det." keyword: on its line, or below it ("Det.by '57 / H.A.Scovell"),
    past lines of the OCR's fragments of a year or of initials ("Det. by / V.&, / H.A.Scovell",
    "Det.by / 69 / H.A.Scovell", "Det.by / V.& / &C. / H.A.Scovell"); initials alone on the key's
    line ("Det. K.L.M.P.")."""
    i = lab.line_no(m.start())
    p = persons_at(lab, m.end(), end=lab.lines[i].end) or _bare_initialled(lab, m.end(), i)
    if p is not None and _has_surname(p) and not _author_above_name(lab, p):
        return _surname_below(lab, p)
    if (q := _initials_after(lab, m.end(), lab.lines[i].end)) is not None:
        return q
    for ln in lab.lines[i + 1 : i + 4]:
        # ", H.L.Dixon": a mark the OCR read before the name
        head = ln.start + _line_head(ln.text)
        tail = lab.flat[head : ln.end]
        head += len(tail) - len(tail.lstrip(",;:. "))
        p = persons_at(lab, head, end=ln.end)
        if p is not None and _author_above_name(lab, p):
            continue
        if p is not None and _has_surname(p):
            return _surname_below(lab, p)
        if re.search(r"[^\W\d_]{3}", ln.text):
            return None  # a line of words that name nobody: the name is not further down
    return None


# Initials without their full stops before a surname ("Det.: B K Lowery, Jr."): read as a name
# only right after the "Det." key, where a name stands ("N W Smith" elsewhere may be a bearing).
_BARE_INITIALS = re.compile(rf"(?:[{_UP}] ){{1,3}}(?=[{_UP}][{_LOW}])")


def _bare_initialled(lab: Label, start: int, i: int) -> Person | None:
    m = _BARE_INITIALS.match(lab.flat, start, lab.lines[i].end)
    if m is None:
        return None
    p = persons_at(lab, m.end(), end=lab.lines[i].end)
    if p is None or p.start != m.end():
        return None
    return Person(lab, start, p.end, [m.group(0) + p.names[0], *p.names[1:]])


def _author_above_name(lab: Label, p: Person) -> bool:
    """ "Det.by/ Cam. '62 / H.A.Scovell": a short word cut by a full stop or a comma, with a name
    in initials on the next line, is the abbreviated author of the name determined (Cameron), as
    "R.& K." is, not the determiner."""
    if len(p.names) != 1 or not re.fullmatch(rf"[{_UP}][{_LOW}]{{1,3}}", p.names[0]):
        return False
    if not re.match(r"[.,]", lab.flat[p.end : p.end + 1]):
        return False
    i = lab.line_no(p.start) + 1
    if i >= len(lab.lines):
        return False
    nxt = lab.lines[i]
    q = persons_at(lab, nxt.start + _line_head(nxt.text), end=nxt.end)
    return q is not None and _initialled(q) and _has_surname(q)


# A determiner who signed with initials alone ("Det. K.L.M.P."), the rest of the line bar a year.
_INITIALS_ONLY = re.compile(rf"(?P<n>(?:[{_UP}]\.\s?){{2,5}})(?:[\s,]*(?:1[6-9]|20)\d\d)?[\s.,;]*")


def _initials_after(lab: Label, start: int, end: int) -> Person | None:
    m = _INITIALS_ONLY.fullmatch(lab.flat, start, end)
    if m is None:
        return None
    return Person(
        lab, m.start("n"), m.start("n") + len(m.group("n").rstrip()), [m.group("n").strip()]
    )


def _surname_below(lab: Label, p: Person) -> Person:
    """ "Det. . / Barbara / Moore": a given name alone on its line, the surname alone on the next
    (the OCR cut the row where the words stand apart)."""
    i = lab.line_no(p.start)
    line = lab.lines[i]
    if len(p.names) != 1 or re.search(r"[\s.]", p.names[0]) or i + 1 >= len(lab.lines):
        return p
    if not _only_noise(lab.flat[p.end : line.end]):
        return p
    nxt = lab.lines[i + 1]
    if not re.fullmatch(rf"\s*{_CAPW}[\s.,]*", nxt.text):
        return p
    q = persons_at(lab, p.start, end=nxt.end)
    if q is None or len(q.names) != 1 or q.end <= nxt.start:
        return p
    return q


# "Det." alone at the left of a printed form's row, the typed name further right on that row
# (read as a line of its own, often in another label): on the devset's forms the name's centre
# lies within 24 px of the key's (key 24-33 px high) and starts 47-155 px (2-6 key heights)
# after it.
_BESIDE_GAP = 10.0  # key heights between the key's end and the name's start, at most
_DET_PREFIX = re.compile(r"\s*(?:vel\s+confirm\.?\s*:?\s*|vidi\s+|\?\s*)?")


def _determiner_beside(labels: list[Label], lab: Label, m: re.Match[str]) -> Person | None:
    """The name on the row of a "Det." key that stands alone on its line, read from the nearest
    line to the key's right whose middle is within the key's height of the key's middle."""
    key_line = lab.line_at(m.start())
    key = key_line.box
    if key is None or key.w <= key.h or lab.flat[m.end() : key_line.end].strip(" .:,;-"):
        return None
    middle = key.y + key.h / 2
    beside: list[tuple[int, Label, Line]] = []
    for other in labels:
        for ln in other.lines:
            b = ln.box
            if b is None or b.w <= b.h or ln is key_line:
                continue
            gap = b.x - key.x2
            if 0 <= gap <= _BESIDE_GAP * key.h and abs(b.y + b.h / 2 - middle) <= key.h:
                beside.append((gap, other, ln))
    if not beside:
        return None
    _, other, ln = min(beside, key=lambda t: t[0])
    head = ln.start + _line_head(ln.text)
    if (prefix := _DET_PREFIX.match(other.flat, head)) is not None:
        head = prefix.end()  # "vidi KENJI TANABE"
    p = persons_at(other, head, end=ln.end)
    return _surname_below(other, p) if p is not None and _has_surname(p) else None


def _name_lines(labels: list[Label], dated: set[int] | None = None) -> list[FieldCandidate]:
    """A line that is nothing but names ("Harold P. Quist", "G.Gagnon, P.Desjardins"), with
    nothing else on the labels that says who collected: most often the collector, printed on the
    label's last line or on a slip of its own. Not under a "Det." line, and only names with
    initials or a title ("Brother Anselm Lefort"): capitalised words alone are as often a place
    ("New Providence"). A date the date parser could not read may follow the name
    (`DATE_SHAPE`: "J.Farrel1Vll-Z4-83"). The first label's name is taken; flagged
    `several_collectors` when another label has a name line of another person; flagged
    `signed_slip` and far less sure when its label is only the name and a date while the
    collection's date (the labels of `dated`) is on another label: an annotator's signature."""
    lines: list[Person] = []
    for lab in labels:
        for i, line in enumerate(lab.lines):
            if _DET.search(line.text):
                continue
            if i > 0 and _DET.search(lab.lines[i - 1].text):
                continue
            if i > 0 and lab.lines[i - 1].text.rstrip().endswith(","):
                continue  # "With: A. Bell, C. Dorn, / E. Fisk": a list that runs on
            if _signs_slip(lab, i):
                continue  # "J. P. Muster / DET. / 10. 10. 1975": the determiner of a slip
            # "Herbier d'Exempla (Mr Muster 1850)": a titled name in brackets, even on a line
            # that names a collection
            p = _titled_in_brackets(lab, i)
            if p is None and lab.institution[i]:
                continue
            if p is None:
                p = persons_at(lab, line.start + _line_head(line.text), end=line.end)
            if (
                i > 0
                and _BINOMIAL_LINE.fullmatch(lab.lines[i - 1].text)
                and not (p is not None and _titled(p))
            ):
                continue  # "Exemplia vulgaris / B. Muster": the name's author under it (no title)
            bare = _bare_initial_first(lab) if p is None and i == 0 else None
            p = _firm_line(lab, i) or bare or p  # "Muster Frères": a dealer's firm; "H Muster"
            if p is None or not (
                p is bare
                or _initialled(p)
                or _titled(p)
                or _particled(p)
                or _given(p)
                or _is_firm(p)
            ):
                continue
            p = _town_dropped(p)
            rest = lab.flat[p.end : line.end]
            if not (
                _only_noise(rest)
                or DATE_SHAPE.fullmatch(rest)
                or _MONTH_YEAR_SHAPE.fullmatch(rest)
                # "Gerardo Muster 1900": the collector's number (or the year) after the name
                or _NUMBER_REST.fullmatch(rest)
                # "Ernst Muster, Exempelstadt": where the collector lived
                or (_full_name(p) and _TOWN_AFTER.fullmatch(rest))
                # "(Mr Muster 1850)": a titled name in brackets with its year
                or (_titled(p) and _BRACKET_TAIL.fullmatch(rest))
            ):
                continue
            found = [p]
            for nxt in lab.lines[i + 1 : i + 4]:
                q = persons_at(lab, nxt.start + _line_head(nxt.text), end=nxt.end)
                if q is None or not _full_name(q) or not _only_noise(lab.flat[q.end : nxt.end]):
                    break
                if not (_initialled(q) or _titled(q) or _given(q) or _particled(q)):
                    break  # "K. Muster / Central Exempla": two capitalised words are as often a place
                found.append(q)
            names = [n for q in found for n in q.names]
            lines.append(Person(lab, found[0].start, found[-1].end, names))
            break
    if not lines:
        return []
    first = _person_candidate(Term.recordedBy, lines[0], 0.45, "collector.name_line")
    if dated and lines[0].label.label not in dated and _signed_slip(lines[0]):
        conf = first.confidence * _SIGNED_SLIP
        first = first.model_copy(
            update={"confidence": conf, "flags": [*first.flags, "signed_slip"]}
        )
    if any(_surname(" | ".join(q.names)) != _surname(first.value) for q in lines[1:]):
        # a name alone on another label too: a determiner's or an annotator's slip is as often
        # the one read first
        first = first.model_copy(update={"flags": [*first.flags, "several_collectors"]})
    return [first]


# A titled name in brackets inside a line, a year at most after it: "Herbier d'Exempla (Mr Muster
# 1850)", as old sheets credit the collector after a collection's or a flora's name.
_BRACKET_TITLE = re.compile(rf"\((?={_TITLE})")
_BRACKET_TAIL = re.compile(r"[\s,.]*(?:(?:1[6-9]|20)\d\d)?[\s,.]*\)[\s,.]*")


def _titled_in_brackets(lab: Label, i: int) -> Person | None:
    line = lab.lines[i]
    for m in _BRACKET_TITLE.finditer(lab.flat, line.start, line.end):
        p = persons_at(lab, m.end(), end=line.end)
        if p is not None and _titled(p) and _BRACKET_TAIL.fullmatch(lab.flat, p.end, line.end):
            return p
    return None


# A name line's belief on a slip that is only the name and a date, the collection dated elsewhere.
_SIGNED_SLIP = 0.25
_YEAR_ALONE = re.compile(r"[\s.,]*(?:1[6-9]|20)\d\d[\s.,]*")


def _signed_slip(p: Person) -> bool:
    """Whether the label of `p` holds nothing but the name (and what follows it on its line) and
    a line or two that are a date ("K. Muster / 3 May 1984"), or the name and a date after it on
    one line. A year alone is not enough: old sheets print the collector and the year so."""
    lab = p.label
    first, last = lab.line_no(p.start), lab.line_no(max(p.start, p.end - 1))
    others = [
        ln.text for k, ln in enumerate(lab.lines) if not first <= k <= last and ln.text.strip()
    ]
    if not others:
        # "K. Muster 24. V. 1984" alone on its slip: the date on the name's line
        others = [lab.flat[p.end : lab.lines[last].end]]
    if len(others) > 2:
        return False
    for text in others:
        dates = find_dates(text)
        if _YEAR_ALONE.fullmatch(text):
            return False  # "K. Muster / 1834": old sheets' collector and year, or the number
        if not (
            DATE_SHAPE.fullmatch(text)
            or (dates and not (text[: dates[0].start] + text[dates[0].end :]).strip(" .,;:"))
        ):
            return False
    return True


# A number after a name on its line, keyed or not ("K. Muster 1832", "K. Muster No. 12"); not
# glued to it ("K. Muster61": the OCR's noise).
_NUMBER_REST = re.compile(rf"(?:\s?[.,]?\s+|\s*{_NO_KEY}\s?\.?\s?)\d{{1,6}}[a-z]?[.,]?\s*")
# An initial without its stop before a surname alone at the head of a label ("H Muster", the
# stop lost or never printed): not a bearing ("N", "S", "E", "W"), an article ("A Coruña", "O
# Porto", "Y") or a numeral ("I").
_BARE_INITIAL_HEAD = re.compile(rf"[\s\W]*(?P<i>(?![NSEWAOYI]\s)[{_UP}])\s(?={_CAPW}[\s.,]*$)")


def _bare_initial_first(lab: Label) -> Person | None:
    """ "H Muster" as a label's first line: the initial and the surname, the only words on it."""
    line = lab.lines[0]
    m = _BARE_INITIAL_HEAD.match(line.text)
    if m is None:
        return None
    p = persons_at(lab, line.start + m.end(), end=line.end)
    if p is None or len(p.names) != 1 or " " in p.names[0]:
        return None
    return Person(lab, line.start + m.start("i"), p.end, [f"{m.group('i')} {p.names[0]}"])


# A firm's name: a surname or two with the word that makes them a firm ("Muster Frères", "Gebr.
# Muster", "Muster & Co."), keyed as the collector on insect labels (a dealer's).
_FIRM = re.compile(
    rf"(?:{_listed('firm', 'before')}\s{{0,2}}{_CAPW}"
    rf"|{_CAPW}(?:\s{_CAPW})?\s?,?\s{{0,2}}{_listed('firm', 'after')})"
)


def _firm_line(lab: Label, i: int) -> Person | None:
    """The firm named by line `i`, alone on it but for a stray mark; its text as printed."""
    line = lab.lines[i]
    m = _FIRM.match(lab.flat, line.start + _line_head(line.text), line.end)
    if m is None or not _only_noise(lab.flat[m.end() : line.end]):
        return None
    if any(_bad_word(w) for w in re.findall(r"[^\W\d_]{3,}", m.group(0))):
        return None
    return Person(lab, m.start(), m.end(), [re.sub(r"\s+", " ", m.group(0))])


# A Latin binomial alone on its line ("Exemplia vulgaris", "Exemplia vulgaris var. minor").
_BINOMIAL_LINE = re.compile(
    r"\s*[A-Z][a-zë]+\s(?:[a-zë-]{3,})(?:\s(?:var|ssp|subsp|f)\.?\s[a-zë-]{3,})?\s*[.?!]?"
    r"(?:\s*\([^()]{1,30}\))?\s*"
)
# A determiner's key alone on its line ("DET.", "det :", "Determinavit").
_DET_ALONE = re.compile(rf"\s*(?:(?i:det(?:ermined)?)|{cues('determiner', 'before')})[\s.:,;]*")
# A month in Roman figures and its year ("VII/06", "IX.1911"), the date insect labels print
# beside the collector.
_MONTH_YEAR_SHAPE = re.compile(r"[\s,.]*[IVX]{1,4}[./-]['’]?(?:\d{2}|1[6-9]\d\d|20\d\d)[\s.]*")
# One capitalised word after a comma: the collector's town after the name.
_TOWN_AFTER = re.compile(rf"\s*,\s*{_CAPW}\.?\s*")


def _signs_slip(lab: Label, i: int) -> bool:
    """Whether line `i` is over a determiner's key alone on its line that ends the label or
    has only a date under it: a determination slip signed "J. P. Muster / DET. / 1975" (on a
    collector's form the key under the name is followed by the form's other rows)."""
    if i + 1 >= len(lab.lines) or not _DET_ALONE.fullmatch(lab.lines[i + 1].text):
        return False
    return i + 2 >= len(lab.lines) or _date_alone(lab.lines[i + 2].text)


def _town_dropped(p: Person) -> Person:
    """ "Ernst Muster, Exempelstadt": a lone capitalised word after a comma and a given name and
    surname is the collector's town, not a second collector."""
    text = p.label.flat[p.start : p.end]
    comma = text.rfind(",")
    if len(p.names) != 2 or not _given(p) or comma < 0:
        return p
    if not re.fullmatch(rf"\s*{_CAPW}", text[comma + 1 :]):
        return p
    end = p.start + len(text[:comma].rstrip())
    return Person(p.label, p.start, end, p.names[:1])


def _particled(p: Person) -> bool:
    """Every name holds a particle between capitalised words ("Max Prinz v. Muster", "K. van
    Muster"): a person, not a place."""
    return all(
        re.search(rf"[{_UP}][^\s]*\s{_PARTICLE}[{_UP}]", n) is not None
        and re.search(r"\s(?:de|del|la|le|da|du|y|d['’])\s", n) is None
        for n in p.names
    )


def _given(p: Person) -> bool:
    """The first name opens with a given name of the table and holds a surname after it
    ("Ernst Muster")."""
    words = p.names[0].split()
    return (
        len(words) >= 2
        and fold(words[0]) in given_names()
        # "Van Exempelland": a particle opens a place's name as well as a surname
        and re.fullmatch(_PARTICLE, words[0] + " ", re.IGNORECASE) is None
        and not p.names[0].isupper()
    )


def _keyword_before_name(lab: Label, i: int) -> bool:
    """Whether line `i` opens with a collector keyword followed by a name ("Coll. H.W.Ravensworth")."""
    line = lab.lines[i]
    m = _COLL_AFTER.match(line.text)
    if m is None:
        return False
    rest = line.text[m.end() :]
    at = line.start + m.end() + len(rest) - len(rest.lstrip(" \t.:,"))
    return at < line.end and persons_at(lab, at, end=line.end) is not None


def _keyword_after_name(lab: Label, start: int) -> bool:
    """A "Collector" keyword alone on its line, under a line that is a name; or right after a
    name on its line ("GEORGE V NEFF COLLECTORS. / Hollis TAPPER": the name below, if any, is a
    second collector, see `_people_before_keyword`)."""
    i = lab.line_no(start)
    line = lab.lines[i]
    before = lab.text[line.start : start]
    name_end = line.start + _line_person_end(lab, i)
    if before.strip() and name_end <= start and not lab.text[name_end:start].strip(" \t,"):
        return True
    if i == 0 or before.strip() or not _COLL_AFTER.match(line.text):
        return False
    if lab.text[start : line.end].strip(" .,:;?}])").lower() not in _KEYWORD_ALONE:
        return False
    prev = lab.lines[i - 1]
    head = prev.start + len(prev.text) - len(prev.text.lstrip())
    return persons_at(lab, head, end=prev.end, lenient=True) is not None


_KEYWORD_ALONE = {"collector", "collectors", "collr", "coll", "colls", "col", "leg"}


def _full_name(p: Person) -> bool:
    """Initials, or a given name with the surname in mixed case: one word alone is as often a
    place ("EMEC", "Kensington") or a genus as a collector, and capitals without initials as
    often a place ("SANTIAGO, REPUBLICA DOMINICANA")."""
    return any("." in n or (" " in n and not n.isupper()) for n in p.names)


def _surnames_joined(p: Person) -> bool:
    """Two surnames or more without initials, joined by "&" or a joiner word ("Muster & Beispiel"),
    each one capitalised word in mixed case: with a number after them, the collectors' line."""
    return (
        len(p.names) >= 2
        and all(re.fullmatch(_CAPW, n) for n in p.names)
        and re.search(rf"&|\s{_JOINERS}\s", p.label.flat[p.start : p.end]) is not None
    )


def _is_firm(p: Person) -> bool:
    """A firm's name as `_firm_line` reads it ("Muster Frères")."""
    return len(p.names) == 1 and _FIRM.fullmatch(p.names[0]) is not None


def _initialled(p: Person) -> bool:
    """Every name holds an initial or a given name cut short ("K. Muster", "FERD. MUSTER")."""
    return all(re.search(rf"(?<![\w])(?:[{_UP}]|{_GIVEN_ABBR})\.", n) for n in p.names)


def _titled(p: Person) -> bool:
    """Every name opens with a title ("Brother Anselm Lefort", "Dr. Edward Palmer")."""
    return all(re.match(_TITLE, n) for n in p.names)


# A date in three parts as insect labels write it ("VIII-24-83", "12.vi.1987", "6/22/38"), with
# the OCR's slips in the figures and numerals left in ("Vll-Z4-83"): the shape alone.
DATE_SHAPE = re.compile(
    r"[\s,.]*[0-9IVXLivxlZzOoS|]{1,5}[-./][0-9IVXLivxlZzOoS|]{1,2}[-./]['’]?\d{2,4}[\s.]*"
)


# "#861", "No.461", "46023" on the line under a name: the collector's field number.
_NUMBER_LINE = re.compile(
    rf"\s*(?:{_NO_KEY}\.?)?\s?(?P<n>(?:[A-Z]{{1,3}}\d*-)?\d{{1,6}}(?:-\d{{1,4}})?(?:[a-zA-Z]|-[a-zA-Z])?)\s*$"
)


def _names_below(lab: Label, i: int) -> list[str]:
    """ "A. B. Quill #4410 / C. D. Rowe   3 May 1999": a second collector with initials alone on the
    line under the first's name and number, or beside the date."""
    if i + 1 >= len(lab.lines):
        return []
    nxt = lab.lines[i + 1]
    q = persons_at(lab, nxt.start + _line_head(nxt.text), end=nxt.end)
    if q is None or not _initialled(q) or not _has_surname(q):
        return []
    rest = lab.flat[q.end : nxt.end]
    return q.names if _only_noise(rest) or _date_alone(rest) else []


# "No. 4417  R. T. Mabry  June 3, 1958": the number keyed before the name on a line of its own.
_NUMBER_FIRST = re.compile(rf"[ \t]*{_NO_KEY}\.?[ \t]?\d{{1,6}}[a-z]?[ \t,]+(?=\S)")


def _person_after_number(lab: Label, i: int) -> Person | None:
    """A name with initials after a field number that opens its line, and nothing after it but
    the date (the number itself is read by `record_number_candidates`)."""
    line = lab.lines[i]
    m = _NUMBER_FIRST.match(line.text)
    if m is None:
        return None
    p = persons_at(lab, line.start + m.end(), end=line.end)
    if p is None or not _initialled(p):
        return None
    rest = lab.flat[p.end : line.end]
    if _only_noise(rest) or _MONTH_AFTER.match(rest) or DATE_SHAPE.match(rest):
        return p
    dates = find_dates(rest)
    return p if dates and not rest[: dates[0].start].strip(" ,.") else None


def _number_below(lab: Label, i: int, p: Person) -> FieldCandidate | None:
    """ "Martin Holloway & Greta Lindqvist / #861", "Walter H. Linden, no.. / 7481"."""
    line = lab.lines[i]
    rest = lab.text[p.end : line.end]
    if not re.fullmatch(r"[\s,;]*(?:no\.*|No\.*|#)?\s*", rest) or i + 1 >= len(lab.lines):
        return None
    nxt = lab.lines[i + 1]
    m = _NUMBER_LINE.fullmatch(nxt.text)
    if m is None or re.fullmatch(r"1[6-9]\d\d|20[0-3]\d", m.group("n")):
        return None
    s, e = nxt.start + m.start("n"), nxt.start + m.end("n")
    return candidate(Term.recordNumber, m.group("n"), 0.75, lab, s, e, "number.below_collector")


_MONTH_AFTER = re.compile(
    r"\s*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])", re.IGNORECASE
)
_DAY_AND_YEAR = re.compile(r"\.?[ \t]*(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?,?[ \t]*(?:1[6-9]|20)\d\d")
# a number that starts like a day or a month ("6-22-38", "12.vi.1987"); "87-216" (a year and a
# serial, as collectors number their gatherings) cannot, nor "11-347": figures and a serial of
# three or more that is no year ("1-1989" is a month and its year)
_DATE_LIKE = re.compile(
    r"(?:[0-2]?\d|3[01])[-./](?!(?!(?:1[6-9]|20)\d\d(?!\d))\d{3,5}(?![\d./-]))[\dIVXivx]"
)


def _has_surname(p: Person) -> bool:
    return any(re.search(rf"[{_UP}][{_LOW}]{{2,}}|[{_UP}]{{3,}}", n) for n in p.names)


def _line_person_end(lab: Label, i: int) -> int:
    line = lab.lines[i]
    head = len(line.text) - len(line.text.lstrip())
    p = persons_at(lab, line.start + head, end=line.end)
    return (p.end - line.start) if p else len(line.text)


def _people_before_keyword(lab: Label, i: int) -> list[FieldCandidate]:
    """ "A. B. Norquist / C. D. MacAllister / Collectors": the name lines above, or before on the line."""
    line = lab.lines[i]
    head = len(line.text) - len(line.text.lstrip())
    found: list[Person] = []
    p = persons_at(lab, line.start + head, end=line.end)
    if p is not None:
        found.append(p)
    j = i - 1
    while j >= 0 and len(found) < 4:
        prev = lab.lines[j]
        h = len(prev.text) - len(prev.text.lstrip())
        # the line right above a keyword alone on its line is a name, even in lower case
        lenient = j == i - 1 and not found
        q = persons_at(lab, prev.start + h, end=prev.end, lenient=lenient)
        if q is None or not _only_noise(prev.text[q.end - prev.start :]):
            # "V-21-77 R.Wharton / R.Covell colls.": the first name follows the date
            q = _person_after_date(lab, j)
            if q is not None:
                found.insert(0, q)
            break
        found.insert(0, q)
        j -= 1
    # "N.L. FAIRWEATHER / E.G. FAIRWEATHER }COLLECTORS / C.S. HOLLER  SEPT. 4-11, 1911": a brace groups
    # the line below as well. Without the brace the OCR read, a plural keyword after one name
    # does, when that line is a name alone ("N. L. Fairweather / COLLECTORS / L. J. K. BRAND",
    # "GEORGE V NEFF COLLECTORS. / Hollis TAPPER").
    if i + 1 < len(lab.lines) and (
        "}" in line.text or (len(found) == 1 and _PLURAL_KEYWORD.search(line.text))
    ):
        nxt = lab.lines[i + 1]
        q = persons_at(lab, nxt.start + len(nxt.text) - len(nxt.text.lstrip()), end=nxt.end)
        if q is not None and (
            "}" in line.text or (_full_name(q) and _only_noise(lab.flat[q.end : nxt.end]))
        ):
            found.append(q)
    if not found:
        return []
    names = [n for p in found for n in p.names]
    merged = Person(lab, found[0].start, found[-1].end, names)
    return [_person_candidate(Term.recordedBy, merged, 0.85, "collector.keyword_after")]


def _words_after(rest: str) -> bool:
    """Whether a keyword that opens its line has words after it that are no name, no date and no
    number ("Legit exempl. Com. K. Muster"): a keyword before them, not after the line above."""
    if find_dates(rest):
        rest = rest[: find_dates(rest)[0].start]
    return any(not _MONTH_AFTER.fullmatch(w.group(0)) for w in re.finditer(r"[^\W\d_]{2,}", rest))


_PLURAL_KEYWORD = re.compile(
    r"(?<![A-Za-z])(?i:c[o0c][l1i|]{1,2} ?e?[cs]t[o0]rs|colls)(?![A-Za-z])"
)


def _only_noise(rest: str) -> bool:
    """What may follow a name on its line: punctuation, a brace (or the bracket the OCR read for
    one: "L. J. K. BRAND ("), a stray letter ("NEFF i")."""
    return re.fullmatch(r"[\s,.;:&{}\[\]()|]*(?:[a-z]\b)?[\s,.;:&{}\[\]()|]*", rest) is not None


def _person_after_date(lab: Label, j: int) -> Person | None:
    line = lab.lines[j]
    for d in find_dates(lab.flat[line.start : line.end]):
        at = line.start + d.end
        at += len(lab.flat[at : line.end]) - len(lab.flat[at : line.end].lstrip(" ,."))
        p = persons_at(lab, at, end=line.end)
        if p is not None and _only_noise(lab.flat[p.end : line.end]):
            return p
    return None


# The comma before the keyword may be read as a full stop ("J.R.Tovar.Collr.").
_INLINE_COLL = re.compile(r"[,.]?\s*(?:Collectors?|COLLECTORS?|Collr\.|colls?\.)(?![A-Za-z])")


def _person_before_inline_keyword(lab: Label, i: int) -> list[FieldCandidate]:
    """ "No. 2229 W. L. ABERNATHY, Collector  April 6-18,1923": the name just before the keyword."""
    line = lab.lines[i]
    for m in _INLINE_COLL.finditer(line.text):
        if m.start() == 0:
            continue
        keyword = line.start + m.start()
        for w in re.finditer(r"(?<!\S)\S", line.text[: m.start()]):
            p = persons_at(lab, line.start + w.start(), end=keyword)
            if p is not None and p.end == keyword:
                return [_person_candidate(Term.recordedBy, p, 0.85, "collector.keyword_after")]
    return []


def _names_after_number(lab: Label, num: FieldCandidate) -> list[str]:
    """The names after "&" that follow a collector's number on its line, if any."""
    end = num.evidence.end or 0
    line_end = lab.line_at(end).end if end < len(lab.flat) else len(lab.flat)
    m = re.match(rf"\s?(?:&|{_JOINERS})\s?", lab.flat[end:line_end])
    q = persons_at(lab, end + m.end(), end=line_end) if m else None
    return q.names if q is not None else []


_SINE_NUMERO = re.compile(
    rf"[\s,]*(?:s\.\s?n\.|{_NO_KEY}\s?\.?\s?(?:\d{{1,6}}[a-z]?)?(?![\d.,]\d))[\s.,;]*"
)


def _surname_sine_numero(lab: Label, p: Person, line_end: int) -> bool:
    """ "Muster s.n." or "Muster No. 12" alone on its line: one capitalised surname and "sine
    numero" or a keyed number (its figures may be lost: "Muster no.")."""
    if len(p.names) != 1 or not re.fullmatch(_CAPW, p.names[0]) or _bad_word(p.names[0]):
        return False
    return _SINE_NUMERO.fullmatch(lab.flat, p.end, line_end) is not None


# "Muster: Exempla 1901 No. 961", "Muster, Exempla, 1901, No. 961": a surname that opens its line
# before a colon or a comma, a place and a year, and the line ends with a keyed number.
_PLACE_YEAR_NUMBER = re.compile(
    rf"\s?[:,]\s*[^\d:]{{2,60}}?[\s,.]+(?:1[6-9]|20)\d\d[\s,.]*{_NO_KEY}\s?\.?\s?\d{{1,6}}[a-z]?[\s.,;]*"
)


def _name_place_number(lab: Label, p: Person, line_end: int) -> Person | None:
    """The surname of `_PLACE_YEAR_NUMBER` at the start of `p` (which may have read the place
    after the comma as a second name), or None."""
    m = re.compile(_WORD).match(person_view(lab.flat), p.start, line_end)
    if m is None or _bad_word(m.group(0)) or fold(m.group(0)) in given_names():
        return None
    if _PLACE_YEAR_NUMBER.fullmatch(lab.flat, m.end(), line_end) is None:
        return None
    return Person(lab, m.start(), m.end(), [m.group(0)])


def _numbered_after_date(lab: Label, e: int) -> list[FieldCandidate]:
    """ "12 Mar. 1977 K. L. Muster 41234 & O. Beispiel": the collector after the date on its line,
    with the field number after the name and a second collector after it or nothing. The name is
    read by `_people_near_date`; this is the number paired with it."""
    line_end = lab.line_at(e).end
    after = lab.flat[e:line_end]
    skip = len(after) - len(after.lstrip(" ,."))
    p = persons_at(lab, e + skip, end=line_end)
    if p is None or not _full_name(p):
        return []
    num = _number_after(p, 0.8)
    if num is None or num.evidence.end is None:
        return []
    rest = lab.flat[num.evidence.end : line_end]
    if _only_noise(rest):
        return [num]
    m = re.match(rf"\s?(?:&|{_JOINERS})\s?", rest)
    q = persons_at(lab, num.evidence.end + m.end(), end=line_end) if m else None
    return [num] if q is not None and _only_noise(lab.flat[q.end : line_end]) else []


def _people_near_date(lab: Label, s: int, e: int) -> list[FieldCandidate]:
    """Insect and some herbarium labels put the collector right next to the date, unmarked."""
    out: list[FieldCandidate] = []
    line_i = lab.line_no(s)
    line = lab.lines[line_i]
    after = lab.flat[e : lab.line_at(e).end]
    skip = len(after) - len(after.lstrip(" ,."))
    found: list[Person] = []
    p = persons_at(lab, e + skip, end=lab.line_at(e).end)
    if p is not None and not lab.flat[p.end : lab.line_at(e).end].strip(" ,."):
        found.append(p)
    elif p is not None and (num := _numbered_after_date(lab, e)):
        # "12 Mar. 1977 K. L. Muster 41234 & O. Beispiel": the second collector after the number
        names = [*p.names, *(_names_after_number(lab, num[0]))]
        found.append(Person(lab, p.start, p.end, names))
    before = lab.text[max(line.start, s - 120) : s]
    head = _line_head(before)
    if before.strip():
        p = persons_at(lab, line.start + head, end=s)
        if p is not None and not lab.flat[p.end : s].strip(" ,.\t"):
            found.append(p)
    for p in found:
        if any(is_british_county(n) for n in p.names):
            continue  # "Example Wood, Sussex, 4/6/1902": a place and its county before the date
        # "Pismo VII-14-72. / R. Covell": a lone word by the date is as often the place
        conf = 0.6 if _full_name(p) else 0.42
        out.append(_person_candidate(Term.recordedBy, p, conf, "collector.next_to_date"))
    for j in (line_i + 1, line_i - 1):
        if 0 <= j < len(lab.lines):
            ln = lab.lines[j]
            h = _line_head(ln.text)
            # "del Museo y Jardin Escolar." above the date ends a locality: an institution's
            # words are nobody's name
            if is_institution(ln.text):
                continue
            firm = _firm_line(lab, j)  # "Muster Frères" by the date: a dealer's firm
            if firm is not None:
                out.append(_person_candidate(Term.recordedBy, firm, 0.5, "collector.line_by_date"))
                continue
            p = persons_at(lab, ln.start + h, end=ln.end)
            if p is None or len(p.names[0]) <= 4 or _place_name(p):
                continue
            # a data label reads place, date, collector: the line above the date is the place
            # unless initials or a title make it a person ("SAMPLETON / 16.7.07")
            if j < line_i and not (_initialled(p) or _titled(p)):
                continue
            if j > 0 and _BINOMIAL_LINE.fullmatch(lab.lines[j - 1].text):
                continue  # "Exemplia vulgaris / B. Muster / Exampleton 1833": the author
            rest = ln.text[p.end - ln.start :]
            # "T. Zeller, F." under the date: a second collector cut short by the OCR
            if _only_noise(rest) or re.fullmatch(r"[\s,;&]*[A-Z]\.?\s*", rest):
                # a lone word by the date is as often the place ("EXEMPLATON,")
                conf = 0.5 if _full_name(p) else 0.4
                out.append(_person_candidate(Term.recordedBy, p, conf, "collector.line_by_date"))
    return out


# The nouns that end place names ("Peedee Canal", "Mud Lake"); a collector's name without
# initials that ends in one is the place printed beside the date.
_PLACE_NOUN = re.compile(
    rf"\s(?:{PLACE_NOUNS}|Canal|Mts?\.|Cove|Forest|Station)[\s,.;]*$", re.IGNORECASE
)


def _place_name(p: Person) -> bool:
    return not _initialled(p) and _PLACE_NOUN.search(" " + " ".join(p.names)) is not None


def _line_head(text: str) -> int:
    """Where a name on a line may start: after blanks and stray marks ("=L. M. ANDERSEN :",
    "\\. H. MERRIAM": an initial the OCR read as a mark)."""
    m = re.match(r"(?:[\s=>\-–~'\"“‘(\\]|\.(?=\s))*", text)
    return m.end() if m else 0


# A letter after a field number, glued or after a hyphen ("3798a", "866-b"), and not the start of a
# word ("12-Jun").
_NUMBER_SUFFIX = r"(?:[a-zA-Z]|-[a-zA-Z](?![A-Za-z]))?"
# A code of capitals and figures after "#" ("#K12BRX40-C"): a letter first, a figure in it.
_HASH_CODE = r"(?=[A-Z0-9]*\d)[A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,4})?"
_RECORD_NO = re.compile(
    rf"(?<![A-Za-z'])(?P<k>{_NO_KEY}"
    # the key printed in full: "Collector Number: 1388", "Collector's Number"
    r"|(?<=[Cc]ollector )Number|(?<=[Cc]ollector's )Number|(?<=COLLECTOR )NUMBER)"
    # the full stop read as a comma ("No, 1083"), not after a lower-case "no" ("no, 2 seen")
    r"(?:(?<=No|NO),(?=\s?\d))?(?:\.|:|_|\s|-(?=\s))*\s?"
    # a letter after a hyphen ("866-b"); after "#" a code of capitals and figures ("#K12BRX40-C")
    # a comma between the thousands ("No. 10,193")
    rf"(?P<n>[1-9]\d{{0,2}},\d{{3}}(?![\d,])|[A-Z]{{0,3}}\d{{1,6}}(?:-\d{{1,4}})?{_NUMBER_SUFFIX}"
    rf"|(?:(?<=#)|(?<=# )){_HASH_CODE})"
    r"(?![\d,.]\d)"
    # the number ends its word: "No. 2LI9", "NO.3K98" are 2219 and 3498 misread, not 2L and 3
    r"(?![A-Za-z0-9])"
)


_OF = re.compile(r"\s*of\b")


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
                r"(?<![A-Za-z])(?:access|accession|catalog|sample|highway|hwy|road|rd\.?|route|sec\.?|of|"
                r"station|site|plot|exit|mile|marker|lot|box)\s*$",
                before,
                re.IGNORECASE,
            ):
                continue
            if _OF.match(lab.flat, m.end()):
                continue
            conf = 0.7 if m.group("k") != "#" else 0.65
            at, value, s, e = _whole_number(labels, lab, m.group("n"), m.start("n"), m.end("n"))
            out.append(candidate(Term.recordNumber, value, conf, at, s, e, "number.keyword"))
    found = out + _numbers_alone(labels)
    return [_short_doubted(c) for c in found if not _on_a_stamp(labels, c)]


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
    r"[\s(]*(?P<key>N(?=\d))?(?P<n>(?P<pre>[A-Z])?(?P<d>\d{3,6})(?P<suf>[a-z])?"
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
            if m is None or (m.group("w") and _bad_word(m.group("w"))):
                continue
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
            s, e = line.start + m.start("n"), line.start + m.end("n")
            out.append(candidate(Term.recordNumber, m.group("n"), 0.5, lab, s, e, "number.alone"))
    return out
