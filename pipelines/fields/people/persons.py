"""The people whose names start at a place in a label's text (`persons_at`), a list of names split
into people (`split_people`), and the OCR's slips inside names repaired (`person_view`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from pipelines.fields.catalog import institutions
from pipelines.fields.dates import MONTHS
from pipelines.fields.geo import countries, country_names, fold, given_names, name_key, states
from pipelines.fields.institution_names import name_words
from pipelines.fields.lexicon import data_rows
from pipelines.fields.people.cues import COLL_KEYWORD, JOINERS, NO_KEY, cue_words, name_stops
from pipelines.fields.people.patterns import (
    CAPW,
    DEGREES,
    GIVEN_ABBR,
    INITIALS_AFTER_SURNAME,
    LOW,
    MISREAD_INITIAL,
    NO_SEPARATOR,
    PARTICLE,
    PERSONS_ABBR_RE,
    PERSONS_RE,
    TITLE,
    UP,
)
from pipelines.fields.people.series import series_code
from pipelines.fields.text import Label


@dataclass
class Person:
    label: Label
    start: int
    end: int
    names: list[str]


_DEGREE = re.compile(DEGREES)


def _degrees_dropped(text: str) -> str:
    """ "K. Muster, Ph. & M. D." -> "K. Muster", "K. Muster, Esq., M.D." -> "K. Muster": the
    degrees after a name of two words or more (after a lone word, "Muster, M. D." lists the
    surname before its initials)."""
    out, at = "", 0
    for m in _DEGREE.finditer(text):
        # (or right after a degree dropped: "K. Muster, Esq., M.D.")
        if (at and m.start() == at) or len(re.split(r"[,;&]", text[: m.start()])[-1].split()) >= 2:
            out += text[at : m.start()]
            at = m.end()
    return out + text[at:]


# "f." and "fil." (filius) after a surname: the son of a collector of the same name; "jun." and
# "sen." (junior, senior), as German and Baltic labels tell a father from his son
_FILIUS = ("f.", "fil.", "jun.", "sen.")
# initials as a word of their own ("K.", "Ж.", "Ch.", "И.И.")
_INITIAL = re.compile(rf"(?:[{UP}][a-z{UP}]?\.)+")


# Two surnames joined by the Catalan, Spanish or Portuguese "and" after a given name or its
# initials ("P. Exemple i Mostra", "S. Ejemplo y Muestra", "J. Exemplo e Sousa"): one person's
# double surname as often as two collectors (the second would be named with his initials), kept
# whole and doubted (`shapes.person_candidate`).
IBERIAN_DOUBLE_SURNAME = re.compile(
    rf"^(?:[{UP}][{LOW}]*\.?\s?){{1,3}}\s?[{UP}][{LOW}]+\s(?:y|e|i)\s[{UP}][{LOW}]{{2,}}$"
)


# A name of initials and a surname opening the list or after a separator, and a second such name
# right after it with no separator (`patterns.NO_SEPARATOR`): "K. Muster J. Beispiel" names two
# people; "Anna K. Muster" (a given name before the initials) one.
_UNSEPARATED = re.compile(
    rf"((?:^|(?<=[,;&]\s)|(?<=[,;&]))(?:[{UP}]\.\s?){{1,3}}(?:{CAPW}|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?))"
    rf"{NO_SEPARATOR}"
)


# A Spanish or Catalan double surname (`IBERIAN_DOUBLE_SURNAME`) inside a list of names, after a
# separator: the surname, "y" or "i" and the second surname, the list's next separator or its end
# after them (not the Italian and Portuguese "e", two collectors in a list as often: "G. Exempli e
# Mostra & A. Sample").
_DOUBLE_IN_LIST = re.compile(
    rf"(?:^|(?<=[,;&]\s)|(?<=&))(?:[{UP}][{LOW}]*\.\s?){{1,3}}[{UP}][{LOW}]+\s(?:y|i)\s[{UP}][{LOW}]{{2,}}"
    r"(?=\s?(?:$|[,;&]))"
)


def split_people(text: str) -> list[str]:
    """'D. S. Carrow & R. K. Godwin' -> two people; 'Martin & Greta Holloway' stays one."""
    # "H.A.Scovell'": a mark after the name, the apostrophe a name may hold inside ("O'Neill")
    # "Princ . Muster": a stop printed apart from its word is put back on it
    text = re.sub(r"(?<=[^\W\d_])\s+\.", ".", re.sub(r"\s+", " ", text))
    text = _degrees_dropped(text).strip(" ,;&'’")
    if IBERIAN_DOUBLE_SURNAME.search(text) and not re.search(
        rf"[,;&]|\s{JOINERS}\s(?=.*\s{JOINERS}\s)", text
    ):
        return [text]  # "P. Exemple i Mostra", "J. Exemplo e Sousa": one person's two surnames
    # "K. Muster J. Beispiel": two whole names of initials and a surname, no separator between
    # (three in a row: each pass parts one more)
    for _ in range(3):
        text = _UNSEPARATED.sub(r"\1 & ", text)
    # "K. Muster & M. Exempel i Mostra": a double surname inside a list, kept whole
    text = _DOUBLE_IN_LIST.sub(lambda m: m.group(0).replace(" ", "_"), text)
    parts = re.split(
        rf"\s?[,;]?\s{JOINERS}\s|\s?[,;]\s?(?!(?:Jr|Sr)\b)(?!\s*{INITIALS_AFTER_SURNAME})|\s?&\s?",
        text,
    )
    parts = [p.replace("_", " ") for p in parts]
    people: list[str] = []
    pending = ""
    parts = [p.strip() for p in parts]
    for k, part in enumerate(parts):
        if not part:
            continue
        # the surname ends the name, or opens it before a comma ("Muster, Y. de")
        words = (part.split(",")[0] if "," in part else part).split()
        if len(words) > 1 and words[-1] in _FILIUS:
            words = words[:-1]  # "Hooker f.": the son's mark after the surname
        while len(words) > 1 and _INITIAL.fullmatch(words[-1]) and not _INITIAL.fullmatch(words[0]):
            words = words[:-1]  # "Иванова А. П.", "Muster K.": the initials after the surname
        surname = words[-1]
        has_surname = re.search(rf"[{UP}][{LOW}'’]{{1,}}|[{UP}]{{3,}}", surname) is not None
        if part in ("Jr.", "Jr", "Sr.", "Sr") and people:
            people[-1] += ", " + part
            continue
        if not has_surname or re.fullmatch(rf"{TITLE}+", part + " "):
            pending += part + " & "
            continue
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        # "Martin & Greta Holloway": a lone given name shares the surname that follows; after
        # "and" ("Kurt and Joan Muster") only a given name of the table, for "Muster and J.
        # Beispiel" names two people
        # (not a surname before "and" or a comma, nor before initials: "G. Rossi e Muster & A.
        # Beispiel", "Muster & K. Beispiel" name two people each)
        nxt_initial = "." in (nxt.split() or [""])[0]
        shared = not nxt_initial and (
            re.search(rf"(?<![^\W\d_]){re.escape(part)}\s?&", text) is not None
            or fold(part) in given_names()
        )
        if " " not in part and "." not in part and len(nxt.split()) >= 2 and shared:
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
    "museum",
    "university",
    "institute",
    "survey",
)


def _unmisread(low: str) -> str:
    """A word with the OCR's commonest slips undone: "rn" for "m", "ii" for "u", "cl" for "d"."""
    return low.replace("rn", "m").replace("ii", "u").replace("cl", "d")


# A capitalised word of six letters or more before an initial: where a given name or a key stands.
_FIRST_WORD = re.compile(rf"([{UP}][{LOW}]{{5,}})\s+(?=(?:[{UP}]\.\s?){{1,3}}[{UP}][{LOW}]{{2,}})")


@lru_cache(maxsize=1)
def _long_cue_words() -> frozenset[str]:
    """The first words of six letters or more of the collectors', senders' and determiners'
    keys, folded."""
    words = {
        fold(re.split(r"[\s.]", r["cue"].strip())[0])
        for r in data_rows("people_cues.csv")
        if r["role"] in ("collector", "sender", "determiner")
    }
    return frozenset(w for w in words if len(w) >= 6 and w.isalpha())


@lru_cache(maxsize=4096)
def misread_cue(word: str) -> bool:
    """Whether `word` is a people's key of six letters or more with one letter misread ("Kerüsi"
    for "Keräsi", "Insarnlad"), and no given name of the table."""
    low = fold(word)
    if low in _long_cue_words() or low in given_names():
        return False
    if _unmisread(low) in _long_cue_words():
        return True
    return any(Levenshtein.distance(low, w, score_cutoff=1) <= 1 for w in _long_cue_words())


def misread_caption(low: str) -> bool:
    """Whether `low` is a form's caption or an organisation's word misread (`_misread_caption`),
    and not the word itself."""
    return _misread_caption(low) and low not in _FORM_CAPTIONS


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
        if _unmisread(low) == caption:
            return True  # "Museurn", "Siirvey"
    return False


# A month in Roman figures ("VII/06" after a name): no surname in capitals.
_ROMAN_MONTH = re.compile(r"I{2,3}|IV|VI{1,3}|IX|XI{1,2}")


def _abbreviated(word: str) -> bool:
    """A word of five letters or more without a vowel ("Rthschld", "Cllctn"): a collection's or a
    museum's name cut short, no surname."""
    folded = fold(word)
    return len(word) >= 5 and folded.isascii() and re.search(r"[aeiouy]", folded) is None


# A plant family's name, as sheets head their labels ("GRAMINEAE", "N.O. Exampleaceae", "Fam.
# Exampleaceae"): no surname ("N.O." read as initials before it).
_FAMILY_WORD = re.compile(
    r"(?i:[a-z]+aceae|gramineae|compositae|leguminosae|palmae|cruciferae|labiatae|umbelliferae"
    r"|guttiferae)"
)


def bad_word(word: str) -> bool:
    low = word.lower()
    return (
        low in name_stops()
        or _FAMILY_WORD.fullmatch(word) is not None
        or low in name_words()
        or _abbreviated(word)
        or _ROMAN_MONTH.fullmatch(word) is not None
        or _misread_caption(low)
        or COLL_KEYWORD.fullmatch(word) is not None
        or low in cue_words()
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


# "&", a comma or a joining word ending the text before a second person's title
_JOINED_BEFORE = re.compile(rf"(?:[&,;]|(?<![^\W\d_]){JOINERS})[ \t]*$")


def _title_after_joiner(text: str, word: re.Match[str]) -> bool:
    """A title opening the second person's name after a joiner ("Miss A. Exempel & Miss B.
    Probe"): no state's abbreviation ("Miss."), as the first person's title is none."""
    return (
        _JOINED_BEFORE.search(text, 0, word.start()) is not None
        and _TITLES.match(text, word.start()) is not None
    )


# Same-length repairs of OCR slips inside names, so offsets stay evidence offsets: an initial
# followed by a comma or a guillemet ("G.A,Pellow", "A. J» Brandt"), a lower-case initial
# ("j.R.Tovar", "D.s.Carrow"), a stray space before an initial's full stop or its comma
# ("W .Haldenby", "C ,E,Marlow"), a title in lower case ("Col. bro. Ramón") and a "1" or "|"
# read for an "l" inside a word ("Farre1l").
_INITIAL_COMMA = re.compile(rf"(?<![\w'’])([{UP}])([,»]{{1,2}})(?=[ \t]?[{UP}])")
_SPACE_BEFORE_STOP = re.compile(rf"(?<![\w'’.])([{UP}]) [.,](?=[{UP}])")
# Initials and particles in transcriptions that space their punctuation ("A . MUSTER",
# "W . J . Muster", "J . v . d . Beek"): the stop moved onto its letter, a space after it.
# The particle may be glued to the initial before it ("L.v . Muster").
# A title or a given name cut to two to four letters is spaced so too before a capital ("Rev . R .
# MUSTER", "Th . MUSTER").
_SPACED_STOP = re.compile(
    rf"((?<![\w'’.])(?:{GIVEN_ABBR})|(?<![\w'’.])[{UP}](?:[a-z]{{1,3}})?|(?<=[\s.])[vd]) \.(?= ?[{UP}vd])"
)
# (not "v" or "d" before a space: the particle of "L.v. Muster")
# (nor the German "u." between two names: "K. Muster u. J. Beispiel", und)
_LOWER_INITIAL = re.compile(rf"(?<![\w'’])(?![vd]\. )(?!(?<=[{LOW}] )u)([a-z])(?=\.[ \t]?[{UP}])")
# a title's stop read as a comma before the name ("Prof, J. Beispiel", "Dr, K. Muster")
_TITLE_COMMA = re.compile(rf"(?<![\w'’])(?:Prof|Dr|Mrs|Mr|Rev)(,)(?= ?[{UP}])")
_LOWER_TITLE = re.compile(rf"(?<![\w'’])(?:bro|dr|prof|hno)(?=\.[ \t]?[{UP}])")
_DIGIT_L = re.compile(rf"(?<=[{LOW}])[1|]+(?![\d])")
# A figure the OCR read for the capital that opens a name ("J. 8eispiel", "5ampleton"): 8 for B,
# 5 for S, 0 for O, before small letters.
_DIGIT_CAPITAL = re.compile(rf"(?<![\w'’])[850](?=[{LOW}]{{2}})")
_CAPITAL_OF = {"8": "B", "5": "S", "0": "O"}
# A "0" or a "1" between two capitals of a surname in capitals ("K. B0WES", "J. MUL1NS"): the
# OCR's figure for an "O" or an "I" (the name is doubted: `find_people`'s `unsure_reading`)
_DIGIT_IN_CAPITALS = re.compile(rf"(?<=[{UP}]{{2}})[01](?=[{UP}])|(?<=[{UP}])[01](?=[{UP}]{{2}})")
_LETTER_OF = {"0": "O", "1": "I"}
# A surname read in lower case after two initials ("P. d.varga", "p. D, varga"): taken for a name
# only where a label says a name stands (the line above a "Collector" keyword), see `lenient`.
# (after one initial too, a surname of four letters or more: "Coll. A. exempel 1199", "coll. k.
# muster": the initial's capital then restored by `_LOWER_INITIAL`)
_LOWER_SURNAME = re.compile(
    r"(?<![\w'’])(?:([A-Za-z][.,] ?[A-Za-z][.,] ?)([a-z])(?=[a-z]{2})"
    r"|((?![vd][.,])[A-Za-z][.,] ?)([a-z])(?=[a-z]{3}))"
)


# The ordinal letter of a Spanish or Portuguese given name cut short ("M.ª J. Ejemplo", María;
# "F.º", Francisco): the initial's, read as a blank.
_ORDINAL_INITIAL = re.compile(rf"(?<=[{UP}]\.)[ªº](?=\s)")


# A name printed in spaced capitals ("K. M U S T E R", "leg. B E I S P I E L"): four letters or
# more, one blank between each; and a surname broken at a line's end by a hyphen ("Coll. K. Mus-
# / ter 1234", the lines joined by a blank): each read closed up, the blanks and the hyphen moved
# after the word. A double surname broken after its hyphen ("K. MUSTER- / SON 1234", "A.
# Sampleva- / Exempel"): read whole, its hyphen kept (a capital after it opens a second name's
# word; the printed hyphen stays), an "0" the OCR read for an "O" in it read as the letter.
_CLOSED_UP = re.compile(
    rf"(?<![^\W\d_])[{UP}](?: [{UP}]){{3,}}(?![^\W\d_])"
    rf"|(?<![^\W\d_])[{UP}][{LOW}]+- [{LOW}]{{2,}}(?![^\W\d_])"
    rf"|(?<![^\W\d_])[{UP}]{{2,}}- [{UP}](?:[{UP}]|0(?=[{UP}]))+(?![^\W\d_])"
    rf"|(?<![^\W\d_])[{UP}][{LOW}]+- [{UP}][{LOW}]{{2,}}(?![^\W\d_])"
)


def _closed_up(m: re.Match[str]) -> str:
    word = m.group(0)
    if re.search(rf"[^\W\d_]- [{UP}]", word):
        letters = word.replace(" ", "").replace("0", "O")
    else:
        letters = word.replace(" ", "").replace("-", "")
    return letters + " " * (len(word) - len(letters))


def _closed_end(flat: str, m: re.Match[str]) -> int:
    """Where the name `m` read in the view ends in the text: past the word the view closed up
    ("K. M U S T E R", "K. Mus- ter": the view's "K. MUSTER", "K. Muster" end inside them)."""
    if not re.search(r"[ -]", flat[max(m.start(), m.end() - 2) : m.end() + 1]) and not (
        flat[m.end() : m.end() + 1].isalnum()  # ("K. MUSTER- S0N": the view's word ends short)
    ):
        return m.end()
    for closed in _CLOSED_UP.finditer(flat, m.start(), min(len(flat), m.end() + 64)):
        if closed.start() < m.end() < closed.end():
            return closed.end()
    return m.end()


@lru_cache(maxsize=1024)
def person_view(text: str, *, lenient: bool = False) -> str:
    """`text` with the OCR slips that break names repaired, one character for one; `lenient`:
    a lower-case surname after initials too (`_LOWER_SURNAME`)."""
    if lenient:
        text = _LOWER_SURNAME.sub(
            lambda m: (m.group(1) or m.group(3)) + (m.group(2) or m.group(4)).upper(), text
        )
    text = _ORDINAL_INITIAL.sub(" ", text)
    text = _CLOSED_UP.sub(_closed_up, text)
    text = _INITIAL_COMMA.sub(lambda m: m.group(1) + "." + " " * (len(m.group(2)) - 1), text)
    text = _SPACE_BEFORE_STOP.sub(lambda m: m.group(1) + ". ", text)
    text = _SPACED_STOP.sub(lambda m: m.group(1) + ". ", text)
    text = _LOWER_INITIAL.sub(lambda m: m.group(1).upper(), text)
    text = _LOWER_TITLE.sub(lambda m: m.group(0).capitalize(), text)
    text = _TITLE_COMMA.sub(lambda m: m.group(0)[:-1] + ".", text)
    text = _DIGIT_CAPITAL.sub(lambda m: _CAPITAL_OF[m.group(0)], text)
    text = _DIGIT_IN_CAPITALS.sub(lambda m: _LETTER_OF[m.group(0)], text)
    text = _CAPITAL_AND.sub(" and ", text)
    return _DIGIT_L.sub(lambda m: "l" * len(m.group(0)), text)


# "AND" between two names in capitals ("K. MUSTER AND J. BEISPIEL"), read as the joiner "and" (a
# surname in capitals would take it for a second word of the name)
_CAPITAL_AND = re.compile(r"(?<=[A-Z]{2}) AND (?=[A-Z]\.|[A-Z]{2})")


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
    for closed in _CLOSED_UP.finditer(
        label.flat, max(0, stop - 32), min(len(label.flat), stop + 32)
    ):
        # a surname broken at the line's end by a hyphen ("G. C. Sample- / ton"): the line's end
        # falls inside the word the view closed up, which runs on to its end
        if closed.start() < stop < closed.end():
            stop = closed.end()
    pattern = PERSONS_ABBR_RE if abbreviated else PERSONS_RE
    for _ in range(4):
        m = pattern.match(view, start, stop)
        if m is None:
            return None
        # the titles the name opens with ("Miss K. Muster": not "Miss." the state)
        titles = _TITLES.match(m.group(0))
        bad = next(
            (
                w
                for w in re.finditer(r"[^\W\d_]+", m.group(0))
                if (
                    bad_word(w.group(0))
                    and (titles is None or w.end() > titles.end())
                    and not _joiner(m.group(0), w)
                    and not _title_after_joiner(m.group(0), w)
                    and not _given_abbr(m.group(0), w)
                    and not _given_month(m.group(0), w)
                    and not _junior(m.group(0), w)
                    and not _land_surname(m.group(0), w)
                    and not _particle_inside(m.group(0), w)
                    # the second part of a double surname ("K. MUSTER-SON": not "Son.", Sonora)
                    and not re.match(r"[^\W\d_]-", m.group(0)[max(0, w.start() - 2) : w.start()])
                )
                or (abbreviated and _unknown_abbreviation(m.group(0), w))
            ),
            None,
        )
        if bad is None:
            if (code := _initials_code_at_end(m.group(0), view[m.end() : m.end() + 8])) is not None:
                stop = m.start() + code
                continue
            if (phrase := _phrase_opened_at_end(view, m)) is not None:
                stop = phrase
                continue
            if (month := _DAY_YEAR_AFTER_WORD.search(view, m.start(), m.end())) is not None and (
                _DAY_YEAR.match(view, m.end())
            ):
                # "K. Muster, Jiine 3, 1938": a month the OCR misread, before its day and year,
                # no second person
                stop = month.start(1)
                continue
            if (cue := _FIRST_WORD.match(m.group(0))) is not None and misread_cue(cue.group(1)):
                # "Kerüsi M. Esimerkki": a collector's key the OCR misread before the initials
                return persons_at(
                    label, m.start() + cue.end(), end=end, lenient=lenient, abbreviated=abbreviated
                )
            people = [_unread_initials_dropped(n) for n in split_people(m.group(0))]
            cut = _series_title_at(view, m, people)
            if cut is not None:
                stop = cut
                continue
            if not abbreviated and (rest := _PLACE_BEFORE_NAMES.match(m.group(0))) is not None:
                # "Sampleton, K. Muster 1234": a place's word before the names, no person (after
                # a collector's key, "Coll. Muster, K. Beispiel", the word is a name)
                after = persons_at(label, m.start() + rest.end(), end=end, lenient=lenient)
                if after is not None and all(_HAS_SURNAME.search(n) for n in after.names):
                    return after
            if not people:
                # "Coll. A. Exemplo / US 1234567": a herbarium's code on the next line ran into
                # the name and left it no surname; the name is the words before it
                last = m.group(0).rstrip().rfind(" ")
                if last <= 0:
                    return None
                stop = m.start() + last
                continue
            # "K. Muster et al.": the others unnamed; the span holds the words, the names not
            # (past a stop cut before "ET AL.", whose capitals read as a name's)
            tail = _ET_AL.match(view, m.end(), len(view) if end is None else end)
            return Person(
                label, m.start(), tail.end() if tail else _closed_end(label.flat, m), people
            )
        if bad.start() == 0:
            return None
        stop = m.start() + _institution_start(m.group(0), bad)
    return None


# Initials without their full stops before a surname ("Det.: B K Lowery, Jr.", "leg. K Muster",
# "LEG K MUSTER"):
# read as a name only right after a key, where a name stands ("N W Smith" elsewhere may be a
# bearing).
_BARE_INITIALS = re.compile(rf"(?:[{UP}] ){{1,3}}(?=[{UP}][{LOW}]|[{UP}]{{3,}}(?![{LOW}]))")


def bare_initialled(lab: Label, start: int, end: int) -> Person | None:
    """The name at `start` whose initials lack their stops ("B K Lowery"), up to `end`."""
    m = _BARE_INITIALS.match(lab.flat, start, end)
    if m is None:
        return None
    p = persons_at(lab, m.end(), end=end)
    if p is None:
        return None
    return Person(lab, start, p.end, [m.group(0) + p.names[0], *p.names[1:]])


# A name of initials and two capitalised words, the last one before a word in small letters
# ("Coll. K. Muster Wet meadow": a place's or a habitat's phrase the OCR ran onto the
# collector's line): the last word opens the phrase, no double surname.
_TWO_WORDS_AT_END = re.compile(rf"[{UP}]\.\s?[{UP}][{LOW}]+\s([{UP}][{LOW}]+)$")
_SMALL_WORD_AFTER = re.compile(rf"[ \t]+([{LOW}]{{3,}})(?![^\W\d_])")


def _phrase_opened_at_end(view: str, m: re.Match[str]) -> int | None:
    """Where the phrase the last word of `m` opens starts (`_TWO_WORDS_AT_END`), or None."""
    last = _TWO_WORDS_AT_END.search(m.group(0))
    after = _SMALL_WORD_AFTER.match(view, m.end())
    if last is None or after is None:
        return None
    word = after.group(1)
    if word in cue_words() or re.fullmatch(JOINERS, word) or word in _NAME_GOES_ON:
        return None
    return m.start() + last.start(1)


# small words after a name that do not open a phrase: its particles, "et al.", "leg.", "fil."
_NAME_GOES_ON = {
    "et",
    "al",
    "fil",
    "jun",
    "sen",
    "von",
    "van",
    "der",
    "den",
    "del",
    "della",
    "dos",
    "das",
}


# A single capitalised word, a comma, then initials ("Sampleton, K. Muster", "Sampleton, K. Muster
# & J. Beispiel"): the place the line names, as data labels write it, when names with surnames
# follow (`persons_at`); "Muster, K." lists a surname before its initials.
_PLACE_BEFORE_NAMES = re.compile(
    rf"[{UP}][{LOW}]+,\s?(?=(?:[{UP}]\.\s?){{1,3}}[{UP}][{LOW}]+(?![{LOW}]|\s?,))"
)
_HAS_SURNAME = re.compile(rf"[{UP}][{LOW}]+")


# The last word of a run of names, a single capitalised word after a comma or a joiner, and a
# day and a year after the run: a month's name, however misread.
_DAY_YEAR_AFTER_WORD = re.compile(rf"(?:,\s?|\s(?:and|&)\s)([{UP}][{LOW}]{{2,6}}\.?)\s*$")
_DAY_YEAR = re.compile(r"[ \t]*\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:1[6-9]|20)\d\d(?!\d)")


# The last word of a run of names in capitals, two to four letters ("K. Muster KM 12-034").
_LAST_CAPITALS = re.compile(rf"[\s,]([{UP}]{{2,4}})\s*$")


def _initials_code_at_end(text: str, after: str = "") -> int | None:
    """Where the collector's initials that code a field number start, after the name they are
    the initials of ("J. D. Muster JDM 45", "K. Muster & J. Beispiel JB 7", "K. Muster KMP 12"),
    or a series' code of the series table before the number `after` opens ("K. Muster NGF
    12345", "K. Muster, BSIP 1234": `series.series_code`): no surname of a name of its own; None
    when the last word is none."""
    m = _LAST_CAPITALS.search(text)
    if m is None:
        return None
    if series_code(m.group(1)) and _CODE_NUMBER.match(after):
        return m.start(1) - 1
    if (
        m.group(1) in institutions()
        and _CATALOGUE_NUMBER.match(after)
        and re.search(rf"[{UP}](?:[{LOW}]+|[{UP}]+)(?![.\w])", text[: m.start()])
    ):
        # "Coll. K. Muster MEL 1234567": a herbarium's code and its sheet's number after a name
        # that has its surname, no name's word
        return m.start()
    head = re.split(rf"\s?[,&]\s?|\s{JOINERS}\s", text[: m.start()])[-1]
    caps = [w[0] for w in re.findall(rf"[{UP}][^\s.]*", head)]
    if len(caps) < 2:
        return None
    own = ("".join(caps), caps[0] + caps[-1])
    # (perhaps with one letter more, the series' own: "K. Muster KMP 1188")
    if m.group(1) not in own and m.group(1)[:-1] not in own:
        return None
    return m.start()


def _institution_start(text: str, bad: re.Match[str]) -> int:
    """Where to cut a run of names before the word that refused it: an institution's name takes
    the capitalised words before it back to the comma or bracket ("det. K. Muster, Field Museum",
    "K. Muster (Royal Botanic Garden)": no second person "Field" or "Royal")."""
    low = bad.group(0).lower()
    if low not in name_words() and not (_misread_caption(low) and _unmisread(low) in name_words()):
        return bad.start()
    head = text[: bad.start()]
    k = max(head.rfind(","), head.rfind(";"), head.rfind("("))
    if k > 0 and re.fullmatch(rf"\s*(?:[{UP}][{LOW}]+\s+)+", head[k + 1 :]):
        return k
    return bad.start()


_TITLES = re.compile(rf"(?:{TITLE})+")
# a field number after a code at a name's end ("NGF 12345", "NGF-12345", "JDM 45", "NGF l2345":
# the OCR's "l" for a "1"), on its line
_CODE_NUMBER = re.compile(r"(?:[ \t]*|-)(?:No\.?[ \t]?)?[\dlIO]?\d")
# four figures or more after a herbarium's code: its sheet's or accession number
_CATALOGUE_NUMBER = re.compile(r"[ \t]*(?:No\.?[ \t]?)?\d{4}")


# The others of a team left unnamed after the names: "et al.", "ET AL.", "& al.", "and others", "u. a."
# (und andere), "e.a." (en anderen), "& party" (an expedition's, as Australian and colonial
# labels print it: "K. Muster & party 123").
_ET_AL = re.compile(
    r",?\s{1,2}(?:et\s?al(?:ii)?\b\.?|ET\s?AL\b\.?|&\s?al\b\.?|(?:and|&)\s?(?:others|party)\b"
    r"|(?:AND|&)\s?PARTY\b|u\.\s?a\.|e\.\s?a\.)"
)


# An exsiccata's or a series' title of abbreviated words ("Pl. Exempl.", "Fl. Exs."): after a name
# and before a number's key ("K. Muster, Pl. Exempl. no. 45") it reads like a second person.
# Its first word has two letters or more: "O. Muster." is an initial and a name.
_SERIES_TITLE = re.compile(
    rf"[{UP}][{LOW}]{{1,7}}\.\s?(?:[{UP}][{LOW}]{{0,7}}\.\s?){{0,2}}[{UP}][{LOW}]{{0,7}}"
)


def _series_title_at(view: str, m: re.Match[str], people: list[str]) -> int | None:
    """Where to cut the names of `m` when its last "person" is a series' title cut by a full stop
    before a number's key; None when it is not."""
    if len(people) < 2 or not _SERIES_TITLE.fullmatch(people[-1]):
        return None
    if re.match(rf"\.\s?(?:{NO_KEY}|n\.)", view[m.end() :]) is None:
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
        and re.fullmatch(GIVEN_ABBR, w) is None
        and re.fullmatch(TITLE, w + ". ") is None
        and fold(w) not in _given_prefixes()
    )


def _given_abbr(text: str, word: re.Match[str]) -> bool:
    """ "Jul. Muster": a given name cut short before a name, though "Jul" is also a month."""
    return (
        re.fullmatch(GIVEN_ABBR, word.group(0)) is not None
        and text[word.end() : word.end() + 1] == "."
        and re.match(rf"\.\s{{0,3}}[{UP}]", text[word.end() :]) is not None
    )


def _particle_inside(text: str, word: re.Match[str]) -> bool:
    """ "M. EXEMPEL DE LA CRUZ": a particle in capitals inside a name, before its surname (not
    "LA", Louisiana)."""
    return (
        word.start() > 0
        and re.fullmatch(PARTICLE, word.group(0) + " ") is not None
        and re.match(rf"\s{{1,2}}[{UP}]", text[word.end() :]) is not None
    )


# The initials before a land's name that make it a person's: the first abbreviates no bearing
# nor a word lands' names open with ("K. Holland", "J. R. Jordan"; "N. Holland", "S. Wales", "C.
# America", "R. Jordan", "B. Honduras", "F. Guiana", "P. Rico", "D. R. Congo", "G. Britain",
# "U. Burma": North, South, Central, River, British, French, Puerto, Dutch, Great, Upper), no
# compass point's among the others ("N. S. Wales" is New South Wales)
_INITIALS_BEFORE = re.compile(
    rf"(?<![^\s(&,;])(?![NSEWCRBFPDGU]\.)[{UP}]\.[ \t]?(?:(?![NSEW]\.)[{UP}]\.[ \t]?)*$"
)


def _land_surname(text: str, word: re.Match[str]) -> bool:
    """ "K. Holland", "J. R. Jordan", "A. WALES": a land's name as the surname after initials, the
    name's last word (a comma, a joiner or the end after it); the land's name the only reason
    the word was taken for no name's, and the initials and the word no land's name together
    (`geo.country_names`)."""
    w = word.group(0)
    after = text[word.end() :]
    initials = _INITIALS_BEFORE.search(text, 0, word.start())
    return (
        w[:1].isupper()
        and fold(w) in countries()
        and w.lower() not in name_stops()
        and w.lower() not in cue_words()
        and w.lower() not in MONTHS
        and initials is not None
        and name_key(text[initials.start() : word.end()]) not in country_names()
        and re.match(r"[.]?(?:$|[ \t]*[,;&]|[ \t]+(?:and|et|und|ja|i|и)[ \t])", after) is not None
    )


def _junior(text: str, word: re.Match[str]) -> bool:
    """ "K. Muster jun.": "jun." in small letters ending the name after its surname, the son's
    mark, no June (the pattern takes none before a year: "K. Muster jun. 1934")."""
    return word.group(0) == "jun" and word.start() > 0 and text[word.end() :].startswith(".")


def _given_month(text: str, word: re.Match[str]) -> bool:
    """ "Jan Muster", "Jaan Tamm", "August Muster", "Mai Saar", "Julio A. Muster": a given name
    of the table that is also a month's word, opening the name before a capitalised surname or
    an initial and a surname (a month stands before its day or year)."""
    return (
        word.start() == 0
        and word.group(0)[:1].isupper()
        and word.group(0)[1:].islower()
        and word.group(0).lower() in MONTHS
        and fold(word.group(0)) in given_names()
        and re.match(rf"\s{{1,2}}(?:[{UP}]\.\s{{0,2}})?[{UP}][{LOW}]", text[word.end() :])
        is not None
    )


def _unread_initials_dropped(name: str) -> str:
    """ "John ¥. Tillson" -> "John Tillson": an initial the OCR did not read is left out, not
    guessed."""
    return re.sub(rf"(?<![\w'’])[{MISREAD_INITIAL}]\.\s?", "", name)
