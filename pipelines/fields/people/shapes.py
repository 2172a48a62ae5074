"""What a name found looks like (initials, a title, a given name, a particle, a firm), what may
stand after it on its line, and the candidate made of it, its doubts flagged.
"""

from __future__ import annotations

import re
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import MONTHS
from pipelines.fields.geo import countries, fold, given_names, place_nouns
from pipelines.fields.lexicon import data_rows
from pipelines.fields.people.cues import JOINERS, listed, name_stops
from pipelines.fields.people.patterns import CAPW, GIVEN_ABBR, LOW, PARTICLE, TITLE, UP, WORD
from pipelines.fields.people.persons import IBERIAN_DOUBLE_SURNAME, Person, bad_word
from pipelines.fields.text import Label, candidate
from pipelines.fields.vicecounty import is_british_county

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
    see `find_people`'s `_initials_named`)."""
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
    m = re.match(rf"(?:{TITLE})+", first + " ")
    return m is not None and re.fullmatch(rf"{WORD}\.?", first[m.end() :].strip()) is not None


# A possessive after a name ("K. Muster's Collectors", "Muster’s native collector"): the
# person's name without it.
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s$")


# Letters no name's syllable holds where the OCR's known misreadings explain them: "rn" before
# a "p" ("Exernpel", "Sarnpleva": the "m" of "mp" read as "rn"); a small "c" between two
# consonants, or after a word's capital consonant, that no "ch", "ck", "sc" nor "Mc" explains
# ("Probcrt", "Muskctt", "Tcstwood": the "e" read as "c").
_MISREAD_LETTERS = re.compile(
    r"rn(?=p)"
    r"|(?<=[bdfgjklmnpqrtvwxz])c(?=[bdfgjmnpqrtvwxz])"
    r"|(?<![^\W\d_])[BDFGJLNPQRTVWXZ]c(?=[bdfgjmnpqrstvwxz])"
)


def misread_letters(value: str) -> bool:
    """Whether a word of the name `value` holds letters the OCR's known misreadings explain
    (`_MISREAD_LETTERS`): the name as read may be wrong."""
    return _MISREAD_LETTERS.search(value) is not None


def person_candidate(term: Term, person: Person, conf: float, rule: str) -> FieldCandidate:
    value = " | ".join(_POSSESSIVE.sub("", n) for n in person.names)
    flags: list[str] = []
    if given_name_only(value):
        conf *= _GIVEN_NAME_ONLY
        flags.append("given_name_only")
    if lone_capitals(value):
        flags.append("lone_capitals")
    if any(IBERIAN_DOUBLE_SURNAME.search(n) for n in person.names):
        flags.append("several_collectors")  # one person's double surname, or two collectors
    if term is Term.recordedBy and rule not in _CUED and title_and_surname(value):
        flags.append(SURNAME_ONLY)
    return candidate(term, value, conf, person.label, person.start, person.end, rule, flags)


def surname_of(value: str) -> str:
    words = re.findall(rf"[{UP}][{LOW}'’-]+|[{UP}]{{3,}}", value.split(" | ")[0])
    return fold(words[-1]) if words else ""


# A firm's name: a surname or two with the word that makes them a firm ("Muster Frères", "Gebr.
# Muster", "Muster & Co."), keyed as the collector on insect labels (a dealer's).
_FIRM = re.compile(
    rf"(?:{listed('firm', 'before')}\s{{0,2}}{CAPW}"
    rf"|{CAPW}(?:\s{CAPW})?\s?,?\s{{0,2}}{listed('firm', 'after')})"
)


def firm_line(lab: Label, i: int) -> Person | None:
    """The firm named by line `i`, alone on it but for a stray mark; its text as printed."""
    line = lab.lines[i]
    m = _FIRM.match(lab.flat, line.start + line_head(line.text), line.end)
    if m is None or not only_noise(lab.flat[m.end() : line.end]):
        return None
    if any(bad_word(w) for w in re.findall(r"[^\W\d_]{3,}", m.group(0))):
        return None
    return Person(lab, m.start(), m.end(), [re.sub(r"\s+", " ", m.group(0))])


# A Latin binomial alone on its line ("Exemplia vulgaris", "Exemplia vulgaris var. minor").
_BINOMIAL_LINE = re.compile(
    r"\s*(?P<g>[A-Z][a-zë]+)\s(?P<e>[a-zë-]{3,})(?:\s(?:var|ssp|subsp|f)\.?\s[a-zë-]{3,})?\s*[.?!]?"
    r"(?:\s*\([^()]{1,30}\))?\s*"
)


def binomial_line(text: str) -> bool:
    """Whether `text` is a Latin binomial alone ("Exemplia vulgaris"): not two words of which
    one no name holds or no epithet is ("Malaise trap", "At light", "Native collector": a
    collecting method, nobody named)."""
    m = _BINOMIAL_LINE.fullmatch(text)
    return (
        m is not None
        and not {m["g"].lower(), m["e"]} & name_stops()
        and m["e"] not in _not_epithets()
    )


@cache
def _not_epithets() -> frozenset[str]:
    """name_keys.csv's lower-case words that are no epithet ("trap", "light", "collector"),
    read here as the names' module reads them (`name_keys.not_epithets` imports this package)."""
    return frozenset(
        r["cue"].strip() for r in data_rows("name_keys.csv") if r["kind"] == "not_epithet"
    )


def particled(p: Person) -> bool:
    """Every name holds a particle between capitalised words ("Max Prinz v. Muster", "K. van
    Muster"): a person, not a place."""
    return all(
        re.search(rf"[{UP}][^\s]*\s{PARTICLE}[{UP}]", n) is not None
        and re.search(r"\s(?:de|del|la|le|da|du|y|d['’])\s", n) is None
        for n in p.names
    )


def given(p: Person) -> bool:
    """The first name opens with a given name of the table and holds a surname after it
    ("Ernst Muster")."""
    words = p.names[0].split()
    return (
        len(words) >= 2
        and fold(words[0]) in given_names()
        # "Van Exempelland": a particle opens a place's name as well as a surname
        and re.fullmatch(PARTICLE, words[0] + " ", re.IGNORECASE) is None
        and not p.names[0].isupper()
    )


def place_given(p: Person) -> bool:
    """The first name opens with a given name that is also a kind of place and has no initial
    after it ("Glen Example", "Dale Sample", "Brook Muster"): a glen or a dale named under a
    place's lines as often as a person named Glen."""
    words = p.names[0].split()
    return (
        given(p)
        and fold(words[0]) in place_nouns()
        and not any(re.fullmatch(rf"[{UP}]\.", w) for w in words[1:])
    )


# A compass point's initial before a country's or a region's name ("N. Exampleland", "S. Africa",
# "W. Australia"): the region heading an insect's label, no person. A word that names a country, or
# ends as the names of lands do, or a continent's or a great island's name.
_COMPASS = re.compile(r"(?:[NSEW]|N\.?\s?[EW]|S\.?\s?[EW])\.\s?(?P<w>\S+)")
_LAND_END = re.compile(r"(?i:.{3,}(?:lands?|ia|ica|stan)|africa|america|asia|europe|borneo|guinea)")


def compass_place(p: Person) -> bool:
    """Whether the first name is a compass point's initial and a land's name ("N. Exampleland",
    "S. Africa"), or a British county's ("S. Devon", "E. Kent"), the region heading a label."""
    m = _COMPASS.fullmatch(p.names[0])
    if m is None:
        return False
    word = m.group("w").strip(".,:;")
    return (
        fold(word) in countries()
        or _LAND_END.fullmatch(word) is not None
        or is_british_county(word)
    )


def full_name(p: Person) -> bool:
    """Initials, or a given name with the surname in mixed case: one word alone is as often a
    place ("EMEC", "Kensington") or a genus as a collector, and capitals without initials as
    often a place ("SANTIAGO, REPUBLICA DOMINICANA")."""
    return any("." in n or (" " in n and not n.isupper()) for n in p.names)


def surnames_joined(p: Person) -> bool:
    """Two surnames or more without initials, joined by "&" or a joiner word ("Muster & Beispiel"),
    each one capitalised word in mixed case: with a number after them, the collectors' line."""
    return (
        len(p.names) >= 2
        and all(re.fullmatch(CAPW, n) for n in p.names)
        and re.search(rf"&|\s{JOINERS}\s", p.label.flat[p.start : p.end]) is not None
    )


def is_firm(p: Person) -> bool:
    """A firm's name as `firm_line` reads it ("Muster Frères")."""
    return len(p.names) == 1 and _FIRM.fullmatch(p.names[0]) is not None


def initialled(p: Person) -> bool:
    """Every name holds an initial or a given name cut short ("K. Muster", "FERD. MUSTER")."""
    return all(re.search(rf"(?<![\w])(?:[{UP}]|{GIVEN_ABBR})\.", n) for n in p.names)


def titled(p: Person) -> bool:
    """Every name opens with a title ("Brother Anselm Lefort", "Dr. Edward Palmer")."""
    return all(re.match(TITLE, n) for n in p.names)


# A date in three parts as insect labels write it ("VIII-24-83", "12.vi.1987", "6/22/38"), with
# the OCR's slips in the figures and numerals left in ("Vll-Z4-83"): the shape alone.
DATE_SHAPE = re.compile(
    r"[\s,.]*[0-9IVXLivxlZzOoS|]{1,5}[-./][0-9IVXLivxlZzOoS|]{1,2}[-./]['’]?\d{2,4}[\s.]*"
)


MONTH_AFTER = re.compile(
    r"\s*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])", re.IGNORECASE
)


def has_surname(p: Person) -> bool:
    return any(re.search(rf"[{UP}][{LOW}]{{2,}}|[{UP}]{{3,}}", n) for n in p.names)


def only_noise(rest: str) -> bool:
    """What may follow a name on its line: punctuation, a brace (or the bracket the OCR read for
    one: "L. J. K. BRAND ("), a stray letter ("NEFF i")."""
    return re.fullmatch(r"[\s,.;:&{}\[\]()|]*(?:[a-z]\b)?[\s,.;:&{}\[\]()|]*", rest) is not None


def line_head(text: str) -> int:
    """Where a name on a line may start: after blanks and stray marks ("=L. M. ANDERSEN :",
    "\\. H. MERRIAM": an initial the OCR read as a mark; "} K. Muster": a brace giving the name
    to the keys beside it), and after a name in Chinese, Japanese
    or Korean script before its romanisation ("王启明 Wang Qi-ming 1357", `past_cjk`)."""
    m = re.match(r"(?:[\s=>\-–~'\"“‘(\\}]|\.(?=\s))*", text)
    at = m.end() if m else 0
    return past_cjk(text, at)


# A run of Chinese, Japanese or Korean characters with the blanks and the bracket after it,
# before a word in Latin letters: a name printed in its script and romanised after it ("王启明
# Wang Qi-ming", "牧野富太郎 (T. Makino)").
_CJK_RUN = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+[ \t]*[(（]?[ \t]*"
    r"(?=[A-Za-z])"
)


def past_cjk(text: str, at: int) -> int:
    """`at`, or past the run of Chinese, Japanese or Korean characters that starts there when a
    word in Latin letters follows it (`_CJK_RUN`)."""
    m = _CJK_RUN.match(text, at)
    return m.end() if m else at
