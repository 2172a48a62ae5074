"""What is a person, not a place: a collector's key and the place after it
(`COLLECTOR_THEN_PLACE`), a person's name alone on its line (`PERSON_LINE`, `names_person`),
collectors' team lines and a collection's own line, a date and a name (`dated_person`), and a
person's key from the people cue table (`PERSON_CUE_STOP`, `person_cue_line`)."""

from __future__ import annotations

import re

from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.geo import fold, given_names
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.people.patterns import GIVEN_ABBR
from pipelines.fields.places.cues import GEO_WORDS, PLACE_PREPOSITION

# A collector's key and name, then where they collected ("COLL. C. WRIGLEY, in Cuba Occidentali,
# prope", "Coll. J. Smith, 1856-7, near the falls"): the place after a comma and a preposition.
_COLL_KEY = r"(?:Coll\w*|COLL\w*|Cott|COTT)\.?"
COLLECTOR_THEN_PLACE = re.compile(
    rf"\s*{_COLL_KEY}[^,\n]{{3,40}},(?:\s*[\d-]+,)?\s+(?P<place>(?:in|at|near|prope|ad|en|cerca)\s)"
)


# A surname: "Muster", "MacMuster", "O'Muster", "MUSTER", "Muster-Beispiel"
_SURNAME = r"(?:Ma?c|O'|D')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z]?[a-z]*)?|[A-Z]{3,}"
# A person's name alone on its line, as insect labels print the collector: initials and a
# surname ("K.L. Muster", "T. Beispiel-", "B.G.W.", "R.E.M. Doe"). A single initial N, S, E or W
# is a bearing ("S.Thornby", "N Wales"), and "St." or "Mt." a place's word.
_PERSON_NAME = re.compile(
    r"\W*(?:(?:(?:[A-Z](?:[.,]\s?|\s)){2,4}|(?![NSEW]\b)[A-Z](?:\.\s?|\s))(?:{s})|(?:[A-Z]\.\s?){3,4}"
    # "Jonathan K. Muster", "Brother Jonas Muster"
    r"|[A-Z][a-z]+\s(?:[A-Z]\.\s?)+(?:{s})"
    r"|(?:Dr|Prof|Rev|Fr|Mr|Mrs|Miss|Brother|Frère|Pater|Père|Sister)\.?\s+[A-Z][a-z]+\s(?:{s})"
    # "Rev. R. MUSTER.", "Dr. K. L. Beispiel", "Rev . R . MUSTER ." as a transcriber spaces it
    r"|(?:Dr|Prof|Rev|Mr|Mrs|Miss|Père|Pater|Frère)\s?\.?\s+(?:[A-Z]\s?\.\s?){1,3}(?:{s})"
    # in Cyrillic, the initials before or after the surname ("И. Иванов", "Иванов И.И.")
    r"|(?:[А-ЯЁ]\.\s?){1,3}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?|[А-ЯЁ][а-яё]+\s(?:[А-ЯЁ]\.\s?){1,3}"
    # two collectors, one of them a son ("Muster f. & Beispiel", "Beisp. & Must. fil."): "f.",
    # "fil." (filius), "jun." mark a surname, never a place's name
    r"|{u}{f}{j}{u}(?:{f})?|{u}{j}{u}{f}"
    r")".replace("{u}", r"(?:[A-Z]\.\s?){0,3}[A-Z][a-z]+\.?")
    .replace("{f}", r"\s(?:f|fil|filius|jun|jr|sen)\.")
    .replace("{j}", r"\s?(?:&|and|et|,)\s?")
    .replace("{s}", _SURNAME)
)
# the name alone, or with the collector's number after it ("K. Muster No. 4412") or the words
# for none ("K. Muster s.n.", "K. Muster sn": sine numero, not a Swedish parish's "sn")
PERSON_LINE = re.compile(
    _PERSON_NAME.pattern + r"[\s.,]*(?:(?:No\.?|#|N°)?\s*\d[\d\s./-]*|s\.?\s?n\.?(?![^\W\d_]))?"
)
# Surnames and a field number under a place, as expeditions sign ("Muster 1234", "Muster &
# Beispiel 56", "Muster, Beispiel & Exemplo 1234", a date before them): the collectors' line
TEAM_NUMBER = re.compile(
    r"\s*(?:[\d.\s/ivxIVX-]+\s+)?[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:,\s[A-ZÀ-Þ][a-zà-ÿ'’-]+)*"
    r"(?:\s(?:&|and|et|u\.|und)\s[A-ZÀ-Þ][a-zà-ÿ'’-]+)?\s+(?:No\.?\s?|n\.\s?|n[°º]\s?)?\d{1,6}[a-z]?\s*"
)
# A collection's own line on an insect's label ("Muster Coll.", "Beispiel collection",
# "K. Doe Bequest", "Pres. by"): who owned the specimen, not where it was taken.
COLLECTION_LINE = re.compile(
    r"(?:\w\s+(?:Coll|COLL)\.?|\bcollection|\bCollection|\bBequest|\bbequest)\W*$|^\W*Pres\.?\s+by\b"
    # a museum's initials and an accession number, a year and a running number ("K.M. 1972-318",
    # "KMNH(E) 2010-119")
    r"|^\W*[A-Z][A-Za-z.]{0,7}\s?(?:\([A-Z]\))?\s*(?:1[89]|20)\d\d\s?[-—–]\s?\d+\.?\s*$"
)


# A date at the head of a line, before a person's name ("12 June 1911 K. Muster", "12.VII.1931
# И. Иванов", "VI.1931 Muster"): a figure, a Roman month or a month's name, then the next
_DATE_HEAD = re.compile(
    r"[\W_]*(?=[\dIVXivx])(?:(?:\d{1,4}|[IVXivx]{1,4}|"
    + MONTH_WORD.pattern
    + r")(?:[\s.,/-]+|$))+",
    re.IGNORECASE,
)


def dated_person(line: str) -> bool:
    """Whether `line` is a date and a person's name after it, perhaps with a number: the date
    and the collector of an insect's or an old sheet's label, never its place."""
    m = _DATE_HEAD.match(line)
    if m is None or not re.search(r"\d", m.group(0)):
        return False
    rest = line[m.end() :]
    return bool(rest.strip()) and (PERSON_LINE.fullmatch(rest) is not None or names_person(rest))


def _person_cue_words() -> tuple[list[str], list[str]]:
    """The words printed before a person's name (data/people_cues.csv: a collector's, a
    determiner's, a sender's, a donor's key, in every language: "Annotated by", "Ievāca",
    "Сбор", "ex coll."), and the few place_cues.csv adds (role person: "per"): (any case, exact)."""
    rows = [
        r
        for r in data_rows("people_cues.csv")
        if r["role"] in ("collector", "determiner", "sender", "donor")
        and r["place"] in ("before", "both")
    ]
    extra = [r["cue"] for r in data_rows("place_cues.csv") if r["role"] == "person"]
    return [r["cue"] for r in rows if r["case"] != "exact"] + extra, [
        r["cue"] for r in rows if r["case"] == "exact"
    ]


def _person_cue_pattern() -> re.Pattern[str]:
    loose, exact = _person_cue_words()

    def ended(words: list[str]) -> str:
        # a cue ending in a letter ends at a word's end ("per", not "Perth")
        return alternation(words) + r"(?:(?<=\.)|\b)"

    return re.compile(
        r"^[^\w\n]*(?:(?i:" + ended(loose) + r")|" + ended(exact) + r")[\s.:,;-]*(?P<rest>.*)$"
    )


def _person_cue_alternation() -> str:
    loose, exact = _person_cue_words()
    return r"(?:(?i:" + alternation(loose) + r")|" + alternation(exact) + r")(?:(?<=\.)|\b)"


# A person's key after a comma in the middle of a locality's line, before a name or at the
# block's end, the name cut off ("Wood near Sampleton, comm. J. Beispiel", "Sampla küla, niit,
# kogus K. Muster", "..., gesammelt von"): the locality ends before it
PERSON_CUE_STOP = re.compile(
    r"[ \t]*[,;][ \t]*" + _person_cue_alternation() + r"[ \t.:]*(?:(?=[A-ZÀ-ÞА-ЯЁ])|[\W_]*$)"
)


# A line opening with a person's key, then a name ("Annotated by J. Beispiel", "per K. Muster",
# "Сбор: И. Иванов", "Ievāca K. Musters"): a collector's, a determiner's or a sender's line
_PERSON_CUE_LINE = _person_cue_pattern()


def person_cue_line(line: str) -> bool:
    """Whether `line` is a person's key and a name after it (`_PERSON_CUE_LINE`), the name
    capitalised and no word of place on the line ("ex Sampleton" names none)."""
    m = _PERSON_CUE_LINE.match(line)
    if m is None:
        return False
    rest = m.group("rest").strip()
    return (
        bool(rest)
        and rest[:1].isupper()
        and (_PERSON_NAME.match(rest) is not None or names_person(rest))
        and GEO_WORDS.search(rest) is None
        and PLACE_PREPOSITION.search(rest) is None
        # "Coll. K. Muster, in Exemplia occidentali": the place after the collector
        and COLLECTOR_THEN_PLACE.match(line) is None
    )


# A collector's key alone ("leg.", "Coll:", "lgt"): the name left blank, or on the next line; or
# after a surname, as German pins sign ("Muster leg.", "K. Muster lgt.")
_COLLECTOR_KEY_ALONE = re.compile(
    r"\W*(?:(?:[A-Z]\.\s?){0,3}(?:" + _SURNAME + r")\s+)?"
    r"(?i:leg|legit|lgt|coll|collegit|gesammelt|sammler)\W*"
)


def collector_key_line(line: str) -> bool:
    """Whether `line` is a collector's key, with a person's name after it ("leg. K. Muster",
    `person_cue_line`; its stop lost to the OCR: "leg K. Muster"), before it ("Muster leg.") or
    alone ("leg."): the collector's line of a label, never its place."""
    stopless = _STOPLESS_COLLECTOR_KEY.match(line)
    return (
        _COLLECTOR_KEY_ALONE.fullmatch(line) is not None
        or person_cue_line(line)
        or (
            stopless is not None
            and PERSON_LINE.fullmatch(rest := line[stopless.end() :]) is not None
            and GEO_WORDS.search(rest) is None
            and PLACE_PREPOSITION.search(rest) is None
        )
    )


# A collector's key whose stop the OCR lost, before a name ("leg K. Muster", "lgt J. Beispiel",
# a collection's "ex coll J Beispiel")
_STOPLESS_COLLECTOR_KEY = re.compile(
    r"\W*(?i:(?:ex[ \t]+)?(?:leg|legit|lgt|coll|collegit))[ \t]+(?=[A-Z])"
)


# A given name cut short as old labels print it, then a surname ("Chas. Muster", "Geo. Beispiel",
# "Wilh. Muster"; people.patterns.GIVEN_ABBR), perhaps with a number after it
_ABBREVIATED_GIVEN = re.compile(
    rf"\W*(?:{GIVEN_ABBR})\.\s?(?:[A-Z]\.\s?){{0,2}}(?:{_SURNAME})(?=\W*(?:\d[\d\s./-]*)?\W*$)"
)


def names_person(line: str) -> bool:
    """Whether `line` opens with a person's name: initials and a surname (`PERSON_LINE`) before a
    number or a date ("K. Muster 1931"), or a common given name and a surname ("Jonas Muster")."""
    m = _PERSON_NAME.match(line)
    if m is not None and (m.end() == len(line) or not line[m.end()].isalpha()):
        return True
    if _ABBREVIATED_GIVEN.match(line):
        return True  # "Thos. Muster", "Wilh. Beispiel 12"
    words = line.split()
    return (
        2 <= len(words) <= 3
        # "Kent, ENG.", "Beverley, Yorks.": names listed with a comma, a place's
        and not words[0].endswith(",")
        and fold(words[0].strip(".,")) in given_names()
        # "Glen Example", "Dale Sample": a kind of place that is also a given name names a place
        # under another, as often as a person
        and not GEO_WORDS.fullmatch(words[0].strip(".,"))
        and all(re.fullmatch(_SURNAME + r"[.,]?", w) for w in words[1:])
        and not any(GEO_WORDS.fullmatch(w.strip(".,")) for w in words[1:])
    )


def signed_line(line: str) -> bool:
    """Whether `line` is a person's name (initials and a surname), then only a number and a
    date, as the OCR leaves a collector's line it misread ("K. Musler 12O4  June 3, 19S2"): every
    word after the name holds a figure, is a month's name or is a stop's or a sign's few letters."""
    m = _PERSON_NAME.match(line)
    if m is None or (m.end() < len(line) and line[m.end()].isalpha()):
        return False
    words = line[m.end() :].split()
    return (
        any(re.search(r"\d", w) for w in words)
        and GEO_WORDS.search(line, m.end()) is None
        and all(
            re.search(r"\d", w)
            or MONTH_WORD.fullmatch(w.strip(".,;")) is not None
            or re.fullmatch(r"(?i:no|n[º°]|s\.\s?n)?[\W_]*\.?", w) is not None
            for w in words
        )
    )


# The word under the collectors' names ("K. Muster / Collector", "Collectors, Aug. 1905")
COLLECTOR_KEY_LINE = re.compile(r"\W*(?i:collectors?|sammler)\b")


# A surname and its initials after it, as German pins sign ("Muster S.G.", "Beispiel J."): a
# person, unless the initials are a bearing's ("Sampla N.W.")
_SURNAME_INITIALS = re.compile(
    r"\W*(?:v\.\s?)?[A-Z][a-zà-ÿ]{2,}\s+(?P<initials>(?:[A-Z]\.\s?){1,3})\W*"
)


def surname_initials(line: str) -> bool:
    """Whether `line` is a surname with two initials or more after it (`_SURNAME_INITIALS`), not a
    place with a bearing's letters ("Sampla N.W.")."""
    m = _SURNAME_INITIALS.fullmatch(line)
    if m is None:
        return False
    letters = re.findall(r"[A-Z]", m["initials"])
    # one letter may be a place's abbreviation too ("Aylesford G.", "Exempla L.": an author)
    return len(letters) >= 2 and bool(set(letters) - set("NSEW"))
