"""A state's name or abbreviation printed that is something else: a word of a road's, a
county's or an institution's name (`NOT_A_STATE_AFTER`, `in_a_name`), a header's state under
another stamped over it (`drop_overprinted`), a herbarium's acronym, an author's abbreviation, a
nota bene or a person's initials (`acronym_or_author`); and the keys that say a name is a state
after all (`STATE_KEY_BEFORE`, `headers_state`)."""

from __future__ import annotations

import re

from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.geo import countries, fold, place_nouns, states
from pipelines.fields.regions.hit import Hit
from pipelines.fields.regions.patterns import region_names
from pipelines.fields.text import COUNTY_KEY, Label, is_header

NOT_A_STATE_AFTER = re.compile(
    # "Ontario / Lakehead University": a word, not the start of one; in the same column ("State
    # Ohio / County Exampla", "State\tOhio\tCounty\tExampla" are forms' keys)
    r"^ {0,2}(?:County|Co\.|Parish|Highway|Hwy|Road|Rd|Street|St\.|Ave|River|Lake|Island|City|Is\.)"
    r"(?!\w)"
    # "Washington, D.C.": the capital, in the District of Columbia, not the state
    r"|^,?[ \t]{0,2}D\.[ \t]?C\.",
    re.IGNORECASE,
)

# "State South Dakota County Sample": the form's key says what the name is
STATE_KEY_BEFORE = re.compile(r"\b(?:State|STATE|Estado|ESTADO)\s*:?\s*$")


def headers_state(lab: Label, start: int, end: int) -> bool:
    """ "Flora of KANSAS County: Ness": a header's state before the county's column key."""
    line = lab.line_at(start)
    return bool(
        re.match(r"[ \t]*(?:County|COUNTY|Co\.|CO\.)[ \t]*:", lab.text[end : end + 20])
        and is_header(lab.text[line.start : start])
    )


def drop_overprinted(hits: list[Hit]) -> list[Hit]:
    """ "FLORA OF TENNESSEE NORTH CAROLINA": a state's full name with only spaces before another's
    on its line is a printed header's state with the state it was used for stamped or typed over
    it (or beside it); the later name is where the specimen was collected."""
    names = [h for h in hits if h.kind == "state" and not h.abbreviation]
    dropped = {
        id(a)
        for a in names
        for b in names
        if a.label is b.label
        and a.name != b.name
        and b.start > a.end
        and re.fullmatch(r"[ \t]+", a.label.text[a.end : b.start])
    }
    return [h for h in hits if id(h) not in dropped]


def in_a_name(text: str, start: int) -> bool:
    """ "HATTORI-TENNESSEE COOPERATIVE": a state joined by a hyphen to the word before it is part
    of a project's or an institution's name (it gave Tennessee on five Alaskan and Virginian
    packets of the devset); so is a state after the article ("THE NEW YORK BOTANICAL GARDEN",
    its line parted by the OCR as "THE NEW YORK B"): a state is not named with "the"."""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True
    return _THE_BEFORE.search(text, max(0, start - 8), start) is not None or _noun_opens_name(
        text, start
    )


_THE_BEFORE = re.compile(r"(?<![^\W\d_])(?:THE|The)[ \t]+$")
# the word before a state's name and the word before that, on the line
_TWO_WORDS_BEFORE = re.compile(r"(?:(?P<w0>[^\W\d_][\w.'’]*)[ \t]+)?(?P<w1>[^\W\d_][\w.]*)[ \t]+$")


def _noun_opens_name(text: str, start: int) -> bool:
    """ "Sierra Nevada", "Mt. Washington", "Cerro Colorado": a kind of place opening a name, the
    state's name its second word (data/place_words.csv, kind geo). Not where the noun closes a
    name before it: "Walker Lake Nevada" names the lake, then the state."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _TWO_WORDS_BEFORE.search(text, line_start, start)
    if m is None or fold(m.group("w1")) not in place_nouns() or not m.group("w1")[0].isupper():
        return False
    before = m.group("w0")
    return before is None or not before[0].isupper() or fold(before) in _OPENERS


# words before a name that are no name's ("In Sierra Nevada", "NEAR MT. WASHINGTON")
_OPENERS = frozenset(
    {"in", "near", "nr.", "on", "at", "the", "el", "la", "los", "las", "de", "del"}
)


COUNTY_IN_LINE = re.compile(rf"(?<![A-Za-z]){COUNTY_KEY}(?![A-Za-z])")
# The American shapes of a label besides a county's key: a date with the month first and a comma
# before the year ("May 3, 1950"), a distance in abbreviated miles with its bearing ("3 mi. S of"),
# a highway or a numbered route. A state's name that is a country's too ("Georgia") alone on such a
# sheet is the state (a Caucasian label writes "12.VI.1978", "3 km", metres).
US_SHAPE_IN_LINE = re.compile(
    r"(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[^\S\n]"
    r"[0-3]?\d(?:st|nd|rd|th)?,[^\S\n]?(?:1[89]|20)\d\d(?!\d)"
    r"|(?<![\w.])\d+(?:\.\d+)?[^\S\n]?mi\.?[^\S\n](?:[NSEW]{1,3}\b|north|south|east|west)"
    r"|(?<![A-Za-z])(?:Hwy|Highway|Interstate|U\.?S\.?[^\S\n]?Rt\.?|Route[^\S\n]\d|Rte\.?[^\S\n]?\d)",
    re.IGNORECASE,
)


def acronym_or_author(lab: Label, start: int, end: int) -> bool:
    """A state's abbreviation that is something else: in brackets, a herbarium's acronym
    ("University of Tennessee / (TENN)") or an author ("fictiva(Mass.)B.Probst"); alone on its
    line in capitals without a full stop, an acronym ("TENN" under a TENN-L barcode). Herbarium
    acronyms are often a state's abbreviation (TENN, MICH, ARIZ, FLAS); labels print the state
    with its full stop or colon ("TENN.", "ARIZ:") or on a line with the locality."""
    text = lab.text
    before, after = text[:start].rstrip(" \t"), text[end:].lstrip(" \t")
    if before.endswith("(") and after.startswith(")"):
        # "County Oconee (S.C.)", "Lee Co. (Ala.)": the county's state
        line_start = lab.line_at(start).start
        return not COUNTY_IN_LINE.search(text[line_start:start])
    line = lab.line_at(start).text.strip()
    printed = text[start:end].strip()
    if "." not in printed and _PERSON_AFTER.match(text, end):
        return True  # "Leg. Miss E. Exemplar": a title before a person's initials, not Mississippi
    # (a bounded window: the word before is a few dozen characters at most)
    if _foreign_word_before(text[max(lab.line_at(start).start, start - 40) : start], printed):
        return True  # "EXEMPLA KÜLA LA": a word of another language, not Louisiana
    if (
        printed in _ROMANCE_ARTICLES
        and _NAME_WORD_BEFORE.search(text, 0, start)
        and not re.match(r"[ \t]*[,;]?[ \t]*\d", after)
    ):
        return True  # "Sampleton La", "Cuesta de Sampleton La": the place's article
    if _NOTA_BENE.match(line) and line.startswith(printed):
        return True  # "N.B. Collected in flower": nota bene, not New Brunswick
    # (the name and its author take a few dozen characters: a bounded window keeps long lines
    # linear)
    if _AFTER_BINOMIAL.search(text[max(lab.line_at(start).start, start - 80) : start]):
        return True  # "Aster exemplaris Mont.": the name's author (Montagne), not Montana
    # (also a long abbreviation printed without its full stop: "Alta Verapaz" is no Alberta)
    # (its county named after it on the line is a state's: "Calif Sampleton Co.")
    line_end = lab.line_at(start).end
    dotless = (
        printed.isalpha()
        and not printed.isupper()
        and not COUNTY_IN_LINE.search(text, end, line_end)
    )
    word = _WORD_AFTER.match(text, end) if printed.endswith(".") or dotless else None
    if word is None and printed == "MONT.":
        # "MONT. VENTOUX": a mountain's name in capitals after the mountain's word
        word = _CAPITALS_AFTER.match(text, end)
    if (
        word
        and (_CAPITALS_OPENING.fullmatch(printed) or COUNTY_IN_LINE.search(text, end, line_end))
        and not text[lab.line_at(start).start : start].strip()
    ):
        # "MASS. Sampleton", "CALIF. Exampleville": an insect label opens with its state in
        # capitals, the place after it (an author or a mountain is not printed so); or with its
        # state and the county named after it ("Ariz. Santa Cruz Co.")
        word = None
    if word and not _ROAD.match(word.group(1)) and not _a_region(word.group(1)):
        # "Mont. Exemple" (a French mountain), "N. L. Muster" (a person's initials): a state
        # ends its phrase or goes before its country ("Son. Mexico") or a road ("Fla. Hwy. 9")
        return True
    return line == printed and printed.isupper() and printed.isalpha()


_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
# a person's initials and surname right after the abbreviation
_PERSON_AFTER = re.compile(r"[ \t]+(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-zà-ÿ]+")


# a Romance article, preposition or adjective that is a state's abbreviation too ("La"
# Louisiana, "De" Delaware, "Al" Alabama, "Alta" Alberta): printed without its full stop right
# after a place's capitalised word, with no comma between, it is a word of the place's name
# ("Sampleton La", "Beira Alta", "Sierra Alta")
_ROMANCE_ARTICLES = frozenset({"La", "De", "Al", "Alta"})
_NAME_WORD_BEFORE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+[ \t]$")


def _foreign_word_before(before: str, printed: str) -> bool:
    """A state's abbreviation in capitals without its full stop after a word holding a letter
    English does not write ("EXEMPLA KÜLA LA", "ÄKSI MA"): the label's language is another, and
    the capitals are a word or a place's of it."""
    if "." in printed or not printed.isupper():
        return False
    m = _WORD_BEFORE.search(before)
    return m is not None and any(c.isalpha() and not c.isascii() for c in m.group(1))


def _a_region(word: str) -> bool:
    """A country's or state's name, or a month's (a date after the state: "N. C. May 2, 1950")."""
    key = fold(word)
    return (
        key in countries()
        or key in states()
        or key in region_names()
        or MONTH_WORD.fullmatch(word) is not None
    )


_CAPITALS_AFTER = re.compile(r"[ \t]+([A-Z]{3,})\b(?![ \t]+(?:CO\.|COUNTY|Co\.|County))")
# (not "MONT.", French and Italian labels' mountain as often as Montana)
_CAPITALS_OPENING = re.compile(r"(?!MONT\.)[A-Z]{3,}\.")
_WORD_AFTER = re.compile(rf"[ \t]+([A-Z][a-zà-ÿ]+)\b(?![ \t]+{COUNTY_KEY})")
_ROAD = re.compile(r"(?:Hwy|Highway|Route|Rte|Rt|Road|Rd|Co|County|Par|Parish|Territory|Terr)$")


# "N.B." opening a line and a sentence after it: a note (nota bene), not a province's abbreviation
_NOTA_BENE = re.compile(r"N\.?\s?B\.?\s*:?\s+[A-Z]?[a-z]+\s+[a-z]")


# A Latin binomial (with an infraspecific epithet, a bracketed or an "ex" author) right before the
# abbreviation: the abbreviation is the name's author.
_AFTER_BINOMIAL = re.compile(
    r"\b[A-Z][a-zë]+\s[a-zë-]{3,}(?:\s(?:var|subsp|ssp|f)\.\s[a-zë-]{3,})?"
    r"(?:\s?\([^)]{1,30}\))?(?:\s[A-Z][\w.]{0,12}\s(?:ex|&)\s?)?\s*$"
)
