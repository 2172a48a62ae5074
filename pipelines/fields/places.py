"""County, verbatim locality and habitat.

The locality is found from the label's structure: a keyed field ("Locality:", "Loc.", "Location")
when there is one, otherwise the run of lines that reads most like a place (distances and bearings,
county and state names, coordinates, "near", "road", "creek") once headers, institution lines, names,
dates, collectors and determinations are set aside. The habitat is a keyed field, an "on ..." line
(the host plant of an insect, the substrate of a lichen), or what follows the last ";" of a locality.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from rapidfuzz.distance import Levenshtein

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.geo import country_names, fold, given_names, name_key, states, us_counties
from pipelines.fields.institution_names import institution_stems
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.people import DATE_SHAPE
from pipelines.fields.people.patterns import GIVEN_ABBR
from pipelines.fields.text import (
    Label,
    Line,
    candidate,
    is_header,
    is_institution,
    label_of,
    squash_ws,
)
from pipelines.fields.vicecounty import is_british_county

_COUNTY = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=Co\.))(?P<k>County|COUNTY|Co\.|co\.|CO\.|Parish|PARISH|Dist\.|District"
    # "Co." with its C read as a G or its full stop as a comma ("Inyo Go. Cal.", "San Diego Co,"):
    # only after a name (checked below)
    r"|(?<=[a-z]\s)(?:Go\.|Co,))"
    r"(?!\s*(?:Rd|Road|Hwy|Highway|Line)\b)"
)
_NAME_WORD = re.compile(r"(?:St\.|ST\.|Sta\.|Ste\.|Mt\.|[A-ZÀ-Þ][\w'’.-]*)$")


def _words_before(text: str) -> str:
    """Trailing capitalised words of `text`: "CALIF:Humboldt " -> "Humboldt"."""
    tail = re.split(r"[,:;()\d]|\b[a-z]+\b\.?", text)[-1]
    # a stray mark glued before the name ("'San Diego Co,")
    words = [w.lstrip("'\"‘’“”`•") for w in tail.split()]
    picked: list[str] = []
    for w in reversed(words):
        if not _NAME_WORD.match(w) or len(picked) >= 4:
            break
        # "Nova Scotia. Kings County": a full stop after a word ends the name.
        if picked and w.endswith(".") and w.count(".") == 1 and len(w) > 4:
            break
        picked.insert(0, w)
    # "FLORA OF SHASTA COUNTY": the label's title leads the county's name
    for i in range(len(picked) - 1, 0, -1):
        if picked[i].lower() == "of" and _TITLE_WORD.fullmatch(picked[i - 1]):
            return " ".join(picked[i + 1 :])
    if picked and picked[0].lower() == "of":
        picked = picked[1:]  # "PLANTS OF SAN JOAQUIN COUNTY", its title cut at four words
    return " ".join(picked)


# The words that open a label's title ("FLORA OF ...", "Lichens of ...", "PLANTS OF ...").
_TITLE_WORD = re.compile(
    r"(?i:flora|plants|plantae|lichens|mosses|bryophytes|hepatics|fungi|cryptogams|herbarium|"
    r"insects|exploration|survey)"
)


# A printed form's locality key before the county's name: "Locality Avery County".
_FORM_KEY = re.compile(r"(?:Locality|Location|Loc\.)\s+(?=\S)")
# "State NC County Wake", "State Ohio County Wood": a form's state key and its value before the
# county's key, none of it the county's name
_STATE_KEY = re.compile(r"(?:State|STATE)\b")
# "County: ATHENS": the keyword with a colon, the name after it
_COLUMN_KEY = re.compile(r"\s?:\s*[A-ZÀ-Þ]")
# the next key of a form line, after the county's name ("County Fayette Date: 4-2-61")
_NEXT_KEY = (
    r"(?:Date|State|Forest|Elev|Alt|Altitude|Coll|Collector|Locality|Habitat|Lat|Long|No|"
    r"County|COUNTY|Co)\b"
)


def county_candidates(labels: list[Label], state: str | None = None) -> list[FieldCandidate]:
    """The county: a name before "Co."/"County"/"Parish" (or after "Co." or "County").

    With a US state known (the record's stateProvince), the name is checked against the state's
    counties (geo.us_counties): a name printed abbreviated ("Sta.Barb. Co.") is written out, as
    Darwin Core asks ("the full, unabbreviated name"), a name read with a slip or two ("Dotglas
    Co.", Nevada) is mended to the one county it can be, and a county's name before a keyword the
    OCR garbled ("San Mateo Co .", "San Mateo / Co Woodside") is found by the name itself.
    """
    counties = us_counties().get(state or "")
    found = _county_by_keyword(labels)
    if found is not None:
        return [_as_known(found, counties) if counties else found]
    return _county_by_name(labels, _county_names(state)) if state and counties else []


def _county_by_keyword(labels: list[Label]) -> FieldCandidate | None:
    for lab in labels:
        for m in _COUNTY.finditer(lab.text):
            line = lab.line_at(m.start())
            if is_institution(line.text):
                continue
            before = lab.text[max(line.start, m.start() - 80) : m.start()]
            name = _words_before(before)
            key = _FORM_KEY.match(name)
            if key:
                name = name[key.end() :]  # "Locality Avery County"
            if _STATE_KEY.match(name):
                name = ""  # "State NC County Wake": a form's state key and its value
            name = _without_state(name)
            column = re.search(r"(?:^|\s{2,}|\t)$", before) or (
                _is_state(name) and is_header(lab.text[line.start : m.start()])
            )
            if _COLUMN_KEY.match(lab.text, m.end()) and column:
                # "Flora of: OHIO      County: ATHENS": the key of its column; "Flora of
                # ARKANSAS County: MISSISSIPPI": the name before the key is the header's state
                name = ""
            start = m.start() - len(before) + before.rfind(name) if name else m.start()
            if not name and not before.strip():
                i = lab.line_no(m.start())
                if i > 0:
                    prev = lab.lines[i - 1]
                    # "CAL: San Mateo / Co. Woodside": only after a "STATE:" prefix, or when
                    # nothing but punctuation follows the keyword ("Ariz. 3 Cochise / Co., 5.5 mi").
                    ends = re.match(r"\s*(?:[,;]|$)", lab.text[m.end() : line.end])
                    name = _words_before(prev.text) if ":" in prev.text or ends else ""
                    start = prev.start + prev.text.rfind(name) if name else start
            kind = m.group("k").lower()
            if not name and kind in ("go.", "co,"):
                continue
            if not name:
                # "Co. Cocke", "County Kenora Dist.": the name follows the keyword.
                after = re.match(
                    r"[\s:]*((?:(?!"
                    + _NEXT_KEY
                    # the name's words on the keyword's line ("Co. Cocke / Loc. Gray Ledges")
                    + r")(?:St\.|[A-ZÀ-Þ][\w'’-]*)[ \t]?){1,3}(?:Dist\.)?)",
                    lab.text[m.end() : m.end() + 80],
                )
                if after is None or kind.startswith("dist"):
                    continue
                name = after.group(1).strip()
                start = m.end() + after.start(1)
                end = start + len(name)
                value = name
            else:
                end = m.end()
                if kind.startswith("dist") and not re.search(r"county", before, re.IGNORECASE):
                    continue
                value = name + (" " + m.group("k") if kind.startswith(("parish", "dist")) else "")
            if name.lower() in ("the", "and") or not value:
                continue
            return candidate(Term.county, value.strip(), 0.8, lab, start, end, "county.keyword")
    return None


def _is_state(name: str) -> bool:
    return any(not e.abbreviation for e in states().get(fold(name), []))


def _without_state(name: str) -> str:
    """The county's name without a state's name before it, from a header or a run-on line
    ("Flora of Arizona Cochise County", "PLANTS OF TEXAS Brewster County"); a county named like a
    state ("Texas County", "Washington Co.") keeps its name."""
    words = name.split()
    for k in (3, 2, 1):  # "District of Columbia", "New Hampshire", "Texas"
        if len(words) > k and _is_state(" ".join(words[:k])):
            return " ".join(words[k:])
    return name


_KIND_SUFFIX = re.compile(r"\s+(?:Parish|PARISH|Dist\.|District)$")


def _as_known(found: FieldCandidate, counties: Mapping[str, str]) -> FieldCandidate:
    """`found` with its name written as the state's county it stands for, when that is one."""
    suffix = _KIND_SUFFIX.search(found.value)
    name = found.value[: suffix.start()] if suffix else found.value
    if fold(name) in counties:
        return found
    if "." in name:
        full, flag = _expanded(name, counties), "abbreviation_expanded"
    else:
        full, flag = _nearest(fold(name), counties), "ocr_repaired"
    if full is None:
        return found
    value = full + (suffix.group(0) if suffix else "")
    return found.model_copy(update={"value": value, "flags": [*found.flags, flag]})


def _expanded(name: str, counties: Mapping[str, str]) -> str | None:
    """The one county whose words the abbreviated words of `name` stand for, each word's letters
    in order from its first ("Sta.Cruz" -> Santa Cruz, "S. Bern." -> San Bernardino)."""
    short = [fold(t) for t in re.findall(r"[^\W\d_]+", name)]

    def stands_for(token: str, word: str) -> bool:
        rest = iter(word)
        return token[:1] == word[:1] and all(ch in rest for ch in token)

    hits = [
        full
        for key, full in counties.items()
        if len(words := key.split()) == len(short)
        and all(stands_for(t, w) for t, w in zip(short, words, strict=True))
    ]
    return hits[0] if len(hits) == 1 else None


def _nearest(key: str, counties: Mapping[str, str]) -> str | None:
    """The one county whose name is a slip or two from `key` (one up to six letters)."""
    if len(key) < 4 or not re.fullmatch(r"[a-z' .-]+", key):
        return None
    limit = 1 if len(key) <= 6 else 2
    scored = sorted(
        (Levenshtein.distance(key, other, score_cutoff=limit), full)
        for other, full in counties.items()
    )
    best = [full for d, full in scored if d <= limit and d == scored[0][0]]
    return best[0] if len(best) == 1 else None


@cache
def _county_names(state: str) -> list[re.Pattern[str]]:
    """For each of the state's counties, its name before a county keyword, in any case and with
    the keyword as the OCR garbles it: "Co" without its stop, or with a space before it, possibly
    on the next line, or its two letters read as one ("@.")."""
    return [
        re.compile(
            rf"(?<![\w-]){re.escape(full)}(?=\s*(?:County|Co\b\s?\.?|[@©]\.))", re.IGNORECASE
        )
        for full in us_counties()[state].values()
    ]


def _county_by_name(labels: list[Label], names: Sequence[re.Pattern[str]]) -> list[FieldCandidate]:
    """A county of the state found by its name (`_county_names`), where no keyword was read."""
    for lab in labels:
        for pattern in names:
            m = pattern.search(lab.text)
            if m is not None and not is_institution(lab.line_at(m.start()).text):
                value = lab.text[m.start() : m.end()]
                return [
                    candidate(Term.county, value, 0.75, lab, m.start(), m.end(), "county.gazetteer")
                ]
    return []


# The cue words of places, per language, are data (data/place_cues.csv): the locality's keys
# ("Fundort:", "Vindplaats", "Местонахождение"), the habitat's ("Standort:", "Kasvupaikka"), the
# keys that end a locality ("Dat.", "Leg.", "Oec."), a form's island key, and the prepositions
# that open an unkeyed line naming a place ("prope X", "bei Y").
def _cue_pattern(
    role: str, *, upper: bool = False, inline: bool = False, names: bool = False
) -> str:
    """The cues of `role` as one alternation: whole words (a cue ending in "." as OCR spaces it,
    "Dat ."), words a cue opens ("Coll" -> "Collector"), and ordinary words that are a key only
    with "." or ":" after them ("Ort:", "Plaats:"). With `upper`, each cue's upper-case form too
    (for patterns matched with case); with `inline`, only the cues that end a locality in the
    middle of its line (with `names`, only those that do so before a name without a stop)."""
    wanted = ("name",) if names else ("y", "name")
    rows = [
        r
        for r in data_rows("place_cues.csv")
        if r["role"] == role and (not inline or r["inline"] in wanted)
    ]

    def cues(match: str) -> list[str]:
        words = [r["cue"] for r in rows if r["match"] == match]
        return words + [w.upper() for w in words] if upper else words

    words = cues("word")
    parts = []
    if whole := [w for w in words if not w.endswith(".")]:
        parts.append(alternation(whole) + r"\b")
    if dotted := [w[:-1] for w in words if w.endswith(".")]:
        parts.append(alternation(dotted) + r"\s?\.")
    if prefixes := cues("prefix"):
        parts.append(alternation(prefixes) + r"\w*")
    if keys := cues("key"):
        parts.append(alternation(keys) + r"(?=\s*[.:])")
    return "(?:" + "|".join(parts) + ")"


_LOC_KEY = re.compile(
    r"^\s*•?\s*(?:(?:"
    + _cue_pattern("locality", upper=True)
    # as OCR misreads the printed key: "Locolity", "Localty"; a rule of the form read as a
    # letter glued to it ("LocalityI"), the value glued to it ("LocalityFisherman's cove")
    + r"|Loc[a-z]{1,4}ty|LOC[A-Z]{1,4}TY)(?:[Il1|](?=\s|$))?(?:\b|(?<=ty|on)(?=[A-Z][a-z])|(?<=\.))"
    # a key shared with the habitat ("Locality & Habitat:", "Fundort und Standort:"): the value
    # is the locality's, as keyers give it
    + r"(?:\s*(?:&|and|AND|und|et|y|/)\s*(?:"
    + _cue_pattern("habitat", upper=True)
    + r"))?"
    # the full stop and colon as OCR spaces them ("Loc . : Ravine")
    + r")\s*\.?\s*:?\s*",
)
_OTHER_KEY = re.compile(
    r"^\s*(?:"
    + _cue_pattern("stop")
    + "|"
    + _cue_pattern("habitat")
    # a "County" key, not "County Road 118", "State Park", "STATE OF COLIMA."
    + r"|(?:County|State)(?!\s+(?:Road|Rd|Route|Rte|Hwy|Highway|Line|Park|Forest|of)\b)\b)",
    re.IGNORECASE,
)


def _place_words(*kinds: str) -> str:
    """The words of `kinds` in data/place_words.csv (every language), as a regex alternation."""
    return alternation(row["word"] for row in data_rows("place_words.csv") if row["kind"] in kinds)


# Kinds of place and words relating one place to another, in every language of the table, and a
# few shapes ("3.5 km", "N of", "E side").
_GEO_WORDS = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?(?:mi|km|miles?|kms?)\b\.?|mi\.|km\.?|[NSEW]{1,3}\.?\s(?:of|side|slope|end|corner)\b|"
    rf"{_place_words('geo', 'relation')})\b",
    re.IGNORECASE,
)
# What a collector writes about the site rather than where it is ("; oak scrub and oak woods").
_HABITAT_WORDS = re.compile(rf"\b{_place_words('habitat')}\b", re.IGNORECASE)
_DESCRIPTION = re.compile(
    r"^\s*(?:Tree|Shrub|Herb|Vine|Liana|Epiphyte|Flowers?|Fls?\.|Fl\.|Fr\.|Fruits?|Corolla|Petals|"
    r"Leaves|Culms|Stems?|Climbing|Erect|Trailing|Arbusto|[AÁ]rbol|Hierba|Herb[aá]cea|Flores|Hojas|"
    r"Inflorescen\w+|NV:|USES:|Local name|Sample|NCI|Pfizer|Chemical|Lavender|Pendant|Plant|"
    # how the plant grew: "Hanging from shrubs", "Growing by the path"
    r"Hanging|Growing|Creeping|Epiphytic|Scattered|Abundant|Frequent|Occasional|"
    # the plant described in other languages: "Arbolito de 3 m", "Strauch, 2 m", "Arbuste"
    r"Arbolito|Arbustillo|Bejuco|Ep[ií]fita|Strauch|Baum|Kraut|Staude|Arbre|Arbuste|Arbrisseau|"
    r"Struik|Boom|Kruid)\b",
    re.IGNORECASE,
)
_ON = re.compile(r"^\s*(?:on|On|ON|upon|sobre|sur)\s+\S")
# The colour of the flowers or fruit anywhere on a line ("3' herb ; fls. white; in grassy",
# "fl. white, sweet odour"): the plant's description, which OCR may start with a misread height.
_PLANT_COLOUR = re.compile(
    r"\b(?:fls?|flowers?|fr|fruits?|corolla|petals?)\.?\s*(?:white|yellow|red|pink|purple|blue|"
    r"violet|green|orange|cream|lavender|whitish|yellowish|greenish|reddish)\b",
    re.IGNORECASE,
)


# A header is set in capitals or title case ("Flora of Hispaniola"); "Plantas de vivero en el
# area" is a sentence of the locality.
_TITLE_WORDS = re.compile(
    r"(?:[^A-Za-zÀ-ÿ]*(?:[A-ZÀ-Þ][\wÀ-ÿ'’]*|of|de|del|du|des|the|and|in|from|collected))*"
    r"[^A-Za-zÀ-ÿ]*"
)


# A determination ("exempla Kunth -det. K. Muster, 93") or a family alone on its line ("ARACEAE"):
# the name's business, never the place. OCR merges such lines into the locality's block.
_DET_OR_FAMILY = re.compile(
    r"(?:\b|(?<=[a-z]))(?:det\.|det\b|determined|identified)|^\W*(?:[A-Z][a-z]+aceae|[A-Z]+ACEAE)\W*$",
    re.IGNORECASE,
)
# A line holding one short lower-case fragment ("hasa", ". hey", "lara"): OCR noise between the
# lines of a label (a stamp, a fold, handwriting); a place is longer or capitalised.
_NOISE = re.compile(r"\W*[a-z]{1,4}\W*")


# A collector's key and name, then where they collected ("COLL. C. WRIGLEY, in Cuba Occidentali,
# prope", "Coll. J. Smith, 1856-7, near the falls"): the place after a comma and a preposition.
_COLL_KEY = r"(?:Coll\w*|COLL\w*|Cott|COTT)\.?"
_COLLECTOR_THEN_PLACE = re.compile(
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
    r")".replace("{s}", _SURNAME)
)
# the name alone, or with the collector's number after it ("K. Muster No. 4412")
_PERSON_LINE = re.compile(_PERSON_NAME.pattern + r"[\s.,]*(?:(?:No\.?|#|N°)?\s*\d[\d\s./-]*)?")
# Surnames and a field number under a place, as expeditions sign ("Muster 1234", "Muster &
# Beispiel 56", "Muster, Beispiel & Exemplo 1234", a date before them): the collectors' line
_TEAM_NUMBER = re.compile(
    r"\s*(?:[\d.\s/ivxIVX-]+\s+)?[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:,\s[A-ZÀ-Þ][a-zà-ÿ'’-]+)*"
    r"(?:\s(?:&|and|et|u\.|und)\s[A-ZÀ-Þ][a-zà-ÿ'’-]+)?\s+(?:No\.?\s?|n\.\s?)?\d{1,6}[a-z]?\s*"
)
# A collection's own line on an insect's label ("Muster Coll.", "Beispiel collection",
# "K. Doe Bequest", "Pres. by"): who owned the specimen, not where it was taken.
_COLLECTION_LINE = re.compile(
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


def _dated_person(line: str) -> bool:
    """Whether `line` is a date and a person's name after it, perhaps with a number: the date
    and the collector of an insect's or an old sheet's label, never its place."""
    m = _DATE_HEAD.match(line)
    if m is None or not re.search(r"\d", m.group(0)):
        return False
    rest = line[m.end() :]
    return bool(rest.strip()) and (_PERSON_LINE.fullmatch(rest) is not None or _names_person(rest))


# A herbarium's exchange note ("Dupl. sent to Herb. at: Exeter, Lyon, ...", "DUPLICATE"): the
# herbaria's cities, not where the plant grew; the note runs over the lines below it.
_EXCHANGE_NOTE = re.compile(
    r"\W*(?:DUPLICATES?\b|Dupl(?:icates?)?\b\.?\s*(?:sent|distributed|to)\b)"
)
# A herbarium's name in one word ("Rijksherbarium", "Staatsherbar"): an institution.
_HERBARIUM_WORD = re.compile(r"(?i:\w+herbar(?:ium|io|iet)?\b)")
# An institution's word in the labels' languages (data/institution_words.csv, kind stem:
# "HERBAARIUM", "ГЕРБАРИЙ", "Universitatis", "INSTITUUDI", "Museum")
_INSTITUTION_WORD = institution_stems()


def _institution_header(line: str) -> bool:
    """Whether `line` is a printed header naming the institution that owns the sheet ("EESTI ...
    INSTITUUDI HERBAARIUM", "ГЕРБАРИЙ БОТАНИЧЕСКОГО ИНСТИТУТА", "Herbarium Universitatis
    Exemplae"): an institution's word opening or closing it, or anywhere on a line in capitals.
    A place's line may name an institution inside it ("Sampleton, near the museum's park")."""
    if _INSTITUTION_WORD.search(line) is None:
        return False
    words = re.findall(r"[^\W\d_]+", line)
    return not any(ch.islower() for ch in line) or any(
        _INSTITUTION_WORD.fullmatch(w) for w in (words[0], words[-1])
    )


# A scientific name opening a line, after an exsiccata's running number ("180. Aus bus Muster!",
# "Aus bus var. cus"), or an infraspecific rank and epithet ("f. brevicauda", "var. minor"): the
# name's line, not the place's, unless a word of place is on it ("Aus bus L. Along the road").
_NAME_LINE = re.compile(
    r"\W*(?:\d{1,5}\s?\.?\s*)?(?:[A-Z][a-z]+\s+(?:[a-z]{3,}|[A-Z]\.\s?[a-z]{3,})\b"
    r"|(?:f|fo|forma|var|v|ssp|subsp)\.\s*[a-z]{3,}\b)"
)
# An altitude alone on its line ("1500 m", "ca. 300 m s.m.", "2000 ft."): a field of its own
_ALTITUDE_LINE = re.compile(
    r"\W*(?:(?i:alt|elev|ca|c)\.?\s*)?\d[\d.,\s-]*\s?(?i:m|ft|feet|meters?|metres?|m\.?\s?s\.\s?m)"
    r"\b\.?(?:\s*(?i:s\.\s?m|a\.\s?s\.\s?l|alt)\.?)?\W*"
)
# A type's word opening a line, as OCR may split it ("Isotype", "HOLOTYPUS", "Isot pe"): the
# type status, not the place
_TYPE_LINE = re.compile(r"\W*(?i:holo|iso|para|lecto|neo|syn|topo|epi)\s?t\s?[yi]?\s?p")
# A reference's key ("Fide:", "Protologue:"): the citation below it is no place (`_line_kinds`)
_REFERENCE_KEY = re.compile(r"^\W*" + _cue_pattern("reference", upper=True) + r"\s*\.?\s*:?")
# A series' or a society's title, perhaps after its editor's name ("K. Muster, Flora von Exempla",
# "Association exemplaire n° 12", "Plantae Exemplares"): the sheet's heading
_SERIES_LINE = re.compile(
    # the editor's name set off by a comma or a dash ("K. MUSTER. - PLANTES DE L'EXEMPLE")
    # or a colon ("Dr. K. Muster: Flora von Exemplien")
    r"^(?:[^,:\n]{0,40}(?:,|:|\s[-–—])\s*)?\W*"
    + _cue_pattern("series", upper=True)
    + r"(?:\s|$|[.,:'’])"
)
# A bibliographic citation (data/place_cues.csv role work): an abbreviated work's title before its
# volume and page ("DC. Prodr. 7, p. 409", "Fl. Fr. 2, p. 397", "Cat. p. 185"), a volume, page and
# year ("J. Bot. 2: 214 (1909)", "Bull. II: 89 (1969)") or a page alone closing a clause ("p. 93;").
_CITATION = re.compile(
    r"(?<![\w.])"
    + _cue_pattern("work")
    + r"\s*(?:[A-ZÀ-Þ][a-zà-ÿ]{0,8}\.\s*){0,3}"
    + r"(?:(?:\d{1,4}|[IVX]{1,5})\s?[,:]\s?(?:p\.\s?)?\d{1,4}\b|p\.\s?\d)"
    + r"|\b(?:\d{1,4}|[IVX]{1,5})\s?:\s?\d{1,4}\s?\((?:1[6-9]|20)\d\d\)"
    + r"|(?<![\w.])pp?\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?\s*(?:[;,.]|$)"
)
# A line that is no place: "t. Muster" (teste, who vouched for the name), a herbarium's note of
# how the sheet came to it ("RECEIVED Mar., 1879", data/place_cues.csv role aside), a number
# alone with its key ("Nº 2.536", "sp. 22.", "No. 41"), a co-collector after "&" ("& K. Muster").
_ASIDE_LINE = re.compile(
    r"\W*(?:t\.|teste)\s?(?:[A-ZÀ-Þ]\.\s?){0,3}[A-ZÀ-Þ][\wà-ÿ'’-]+\W*$"
    + r"|\W*"
    + _cue_pattern("aside", upper=True)
    + r"(?:\s|$|[.,:])"
    + r"|\W*(?:N[º°o]|No|NO|Nr|Num|sp|spec|Sp)\s?\.?\s*\d[\d\s.,/-]*\W*$"
    + r"|\s*(?:&|and|et|und)\s+(?P<person>(?:[A-ZÀ-Þ][\wà-ÿ'’.-]*\s*){2,4})$"
)


def _aside_line(line: str) -> bool:
    """Whether `line` is no place though it reads like one (see `_ASIDE_LINE`): a co-collector
    only when a person is named ("& K. Muster", not "& Beeby" closing "between Aville / & Beeby")."""
    m = _ASIDE_LINE.match(line)
    if m is None or _GEO_WORDS.search(line):
        return False
    return m.group("person") is None or _names_person(m.group("person").strip())


def _names_taxon(line: str, named: Callable[[int, int], bool]) -> bool:
    """Whether `line` opens with a scientific name the name parser found (`named` of the name's
    offsets in `line`) or an infraspecific epithet (`_NAME_LINE`), and holds no word of place."""
    m = _NAME_LINE.match(line)
    if m is None:
        return False
    bare = re.sub(r"^[\W\d_]+", "", m.group(0))
    if not re.match(r"(?:f|fo|forma|var|v|ssp|subsp)\.", bare) and not named(
        m.end() - len(bare), m.end()
    ):
        return False  # "Bajando hacia el Cerro": a sentence, its words no name
    epithet = m.group(0).split()[-1]
    if _PLACE_SMALL_WORD.fullmatch(epithet) or _GEO_WORDS.fullmatch(epithet):
        return False  # "Bachtal bei Dorf", "Sample road": a place's words
    return not (_GEO_WORDS.search(line) or _PLACE_PREPOSITION.search(line))


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
_PERSON_CUE_STOP = re.compile(
    r"[ \t]*[,;][ \t]*" + _person_cue_alternation() + r"[ \t.:]*(?:(?=[A-ZÀ-ÞА-ЯЁ])|[\W_]*$)"
)


# A line opening with a person's key, then a name ("Annotated by J. Beispiel", "per K. Muster",
# "Сбор: И. Иванов", "Ievāca K. Musters"): a collector's, a determiner's or a sender's line
_PERSON_CUE_LINE = _person_cue_pattern()


def _person_cue_line(line: str) -> bool:
    """Whether `line` is a person's key and a name after it (`_PERSON_CUE_LINE`), the name
    capitalised and no word of place on the line ("ex Sampleton" names none)."""
    m = _PERSON_CUE_LINE.match(line)
    if m is None:
        return False
    rest = m.group("rest").strip()
    return (
        bool(rest)
        and rest[:1].isupper()
        and (_PERSON_NAME.match(rest) is not None or _names_person(rest))
        and _GEO_WORDS.search(rest) is None
        and _PLACE_PREPOSITION.search(rest) is None
        # "Coll. K. Muster, in Exemplia occidentali": the place after the collector
        and _COLLECTOR_THEN_PLACE.match(line) is None
    )


# A higher taxon's name alone on its line ("Coleoptera", "CARABIDAE", "Noctuinae", "Rosaceae"),
# or an order and its family ("Coleoptera: Carabidae"): printed over an insect's or a plant's
# label, no place
_TAXON_WORD = (
    r"(?:[A-Z][a-z]{2,}(?:ptera|aceae|idae|inae|oidea)|[A-Z]{3,}(?:PTERA|ACEAE|IDAE|INAE|OIDEA))"
)
_HIGHER_TAXON = re.compile(rf"[^\w\n]*{_TAXON_WORD}(?:[^\w\n]+{_TAXON_WORD}){{0,2}}[^\w\n]*")
# How an insect was taken, opening a short line ("Sweeping", "M.V. light", "ex larva on Quercus",
# "Lichtfang"; data/place_words.csv kind method): a data label's line of its own, no place
_METHOD_LINE = re.compile(rf"[^\w\n]*{_place_words('method')}(?!\w)[^\d\n]{{0,30}}", re.IGNORECASE)
# A grid reference alone on its line with its key or not ("Grid ref. NT 123 456", "GR SU 12 34",
# "NT 1234 5678"): the coordinates' field
_GRID_LINE = re.compile(
    r"\W*(?:(?i:grid\s*ref(?:erence)?|n?gr|o\.\s?s\.(?:\s*grid\s*ref)?)\.?\s*[:.]?\s*)?"
    r"[HNOSTJ][A-HJ-Z]\s?\d{1,5}(?:\s?\d{1,5})?\W*"
)


def _never(start: int, end: int) -> bool:
    return False


def _line_kind(line: str, claimed: bool, named: Callable[[int, int], bool] = _never) -> str:
    if not line.strip():
        return "blank"
    if _LOC_KEY.match(line):
        return "loc_key"
    if claimed or (is_header(line) and not _GEO_WORDS.search(line)):
        return "skip"
    if _DET_OR_FAMILY.search(line) or _NOISE.fullmatch(line):
        return "skip"
    if _EXCHANGE_NOTE.match(line) or _HERBARIUM_WORD.search(line) or _institution_header(line):
        return "skip"
    if _PERSON_LINE.fullmatch(line) or _COLLECTION_LINE.search(line) or re.search("[♂♀]", line):
        return "skip"  # a collector's or a collection's line; a sex's sign is the name's
    if _person_cue_line(line) or _HIGHER_TAXON.fullmatch(line) or _GRID_LINE.fullmatch(line):
        return "skip"  # "Annotated by J. Beispiel", "Coleoptera", "Grid ref. NT 123 456"
    if _METHOD_LINE.fullmatch(line) and not _GEO_WORDS.search(line):
        return "skip"  # "Sweeping", "M.V. light", "Lichtfang": how it was taken
    if _REFERENCE_KEY.match(line) or _TYPE_LINE.match(line) or _ALTITUDE_LINE.fullmatch(line):
        return "skip"
    if _CITATION.search(line) or _aside_line(line):
        return "skip"
    if _names_taxon(line, named):
        return "skip"
    if _SERIES_LINE.match(line):
        return "header"
    if is_header(line) and _TITLE_WORDS.fullmatch(line):
        return "header"  # "FLORA OF SHASTA COUNTY": the place only when the label says no more
    if _COLLECTOR_THEN_PLACE.match(line):
        return "text"  # the collector is claimed and cut off the block's head (`_trim`)
    if _OTHER_KEY.match(line) or _DESCRIPTION.match(line) or _ON.match(line):
        return "skip"
    if _PLANT_COLOUR.search(line):
        return "skip"
    if re.fullmatch(r"[\s\d\W]*", line) or re.fullmatch(r"\s*[A-Z]{2,6}[- ]?[\d.,-]+\s*", line):
        return "skip"
    return "text"


Span = tuple[int, int]


def locality_candidates(
    labels: list[Label],
    claimed: Mapping[int, Sequence[Span]],
    regions: Sequence[tuple[int, int, int]] = (),
) -> list[FieldCandidate]:
    """`claimed`: per label position, spans already explained (dates, names, collectors)."""
    keyed = _keyed_locality(labels) or _habitat_as_place(labels)
    if keyed:
        return [_with_map_sheet(labels, keyed[0])]
    kinds = {
        lab.position: _line_kinds(
            lab,
            claimed.get(lab.position, []),
            [(rs, re_) for p, rs, re_ in regions if p == lab.position],
        )
        for lab in labels
    }
    # A block naming only the country, state or county ("Republic of Exempla" under "Flora of
    # Hispaniola", "KENORA DISTRICT", "Co. Cocke") is the higher geography, which keyers
    # give fields of their own: the locality only when the label says no more.
    best = _best_block(labels, kinds, regions, {"text"})
    rule = "locality.block"
    data = _data_label(labels)
    several = False
    if data is not None and (
        best is None
        or (best[0] < 2 and data[1] is labels[0] and best[1].position > data[1].position)
    ):
        # the top label of an insect's pin, its data label, before a curator's label whose
        # block barely reads as a place ("Hilltop fort / 23.VII.42" above "BRITISH ISLES: /
        # Muster Coll.")
        best, rule = data, "locality.data_label"
        several = _rival_data_label(labels, data)
    if best is None and (hab := _habitat_as_place(labels, vegetation=True)):
        # "Hab. in pratis prope Exempla": the site and the place the old label keys together
        return [_with_map_sheet(labels, hab[0])]
    uncued = best is None
    if best is None:
        best, rule = _best_block(labels, kinds, regions, {"text", "header"}), "locality.block"
    if best is None:
        # "DOMINICAN REPUBLIC / prov. Exempla": keyers give the printed country and province
        # first, before a place alone on its line further down
        best = _best_block(labels, kinds, regions, {"text", "header"}, higher_geography=True)
    if best is None or _country_alone(best[1].text[best[2] : best[3]]):
        # "FRANCE / Aus bus L. / Exempla": the country alone says less than a place's name
        lone = _lone_place(labels, kinds)
        best, rule = (lone, "locality.lone_line") if lone is not None else (best, rule)
    if best is None:
        return _after_substrate(labels)
    score, lab, s, e = best
    spans = claimed.get(lab.position, [])
    if rule == "locality.data_label":
        # a collector's rule may have claimed the place's line too: only its date is cut off
        spans = [(cs, ce) for cs, ce in spans if _DATE_LINE.search(lab.text[cs:ce])]
    s, e = _trim(lab, s, e, spans)
    stop = _NAME_STOP.search(lab.text, s, e)
    e = stop.start() if stop is not None and stop.start() > s else e  # "Prope X legit K. Muster"
    cue = _PERSON_CUE_STOP.search(lab.text, s, e)
    e = cue.start() if cue is not None and cue.start() > s else e  # "..., comm. J. Beispiel"
    key = _HAB_KEY_INLINE.search(lab.text, s, e)
    if key is not None:
        e = key.start()  # "Pine Creek trailhead. Habitat: wet meadow": the habitat's own field
    s, e = _drop_higher_geography(lab.text, s, e, regions, lab.position)
    s = _past_vice_county_line(lab.text, s, e)
    if e - s < 3:
        return []
    value = _repaired(lab.text[s:e])
    conf = min(0.85, 0.45 + 0.1 * score)
    # "BRESIL" alone; "Exempleville (Sénégal)": a line read as a place only for the country or
    # region named in it
    uncued = uncued or _country_alone(lab.text[s:e]) or _region_alone(lab.text[s:e], rule)
    doubts = _extent_doubts(labels, lab, s, e, spans)
    if doubts:
        conf = min(conf, 0.4)
    if uncued:
        # a place's name alone, a series' title, a region: nothing on the label says "place"
        doubts, conf = [*doubts, PLACE_UNCUED], min(conf, 0.45)
    if several and rule == "locality.data_label":
        doubts = [*doubts, SEVERAL_PLACES]
    inside = [(rs, re_) for p, rs, re_ in regions if p == lab.position and s <= rs < e]
    if EXTENT_UNCERTAIN not in doubts and _word_below(lab.text[s:e], s, inside):
        doubts = [*doubts, EXTENT_UNCERTAIN]
    found = candidate(Term.verbatimLocality, value, conf, lab, s, e, rule, doubts)
    return [_with_map_sheet(labels, found)]


def _after_substrate(labels: Sequence[Label]) -> list[FieldCandidate]:
    """ "On Pinus exemplaris, Example Bay", "On granite boulders, Example State Park, Sample Co.":
    a lichen's or a moss's substrate, then where it grew, on one line; keyers take what follows
    the substrate's comma as the locality (and the substrate as the habitat), where the label
    has no other place. Only a capitalised word after the comma makes it a place."""
    for lab in labels:
        for ln in lab.lines:
            if not _ON.match(ln.text) or is_institution(ln.text):
                continue
            comma = ln.text.find(",")
            rest = ln.text[comma + 1 :] if comma > 0 else ""
            if not re.search(r"\b[A-Z][a-z]{2,}", rest) or _DATE_LINE.search(rest):
                continue
            s = ln.start + comma + 1 + len(rest) - len(rest.lstrip())
            e = ln.start + len(ln.text.rstrip(" \t;,"))
            if e - s < 3:
                continue
            value = _repaired(lab.text[s:e])
            return [
                candidate(Term.verbatimLocality, value, 0.5, lab, s, e, "locality.after_substrate")
            ]
    return []


# The flag of a locality whose extent the parser cannot vouch for (see `_extent_doubts`)
EXTENT_UNCERTAIN = "extent_uncertain"
# The flag of a data label's place when another label is a data label naming another place
SEVERAL_PLACES = "several_places"
# The flag of a locality read where no block reads as a place: a name alone on its line
# (`_lone_place`), a series' title or a region (the fallbacks of `locality_candidates`)
PLACE_UNCUED = "place_uncued"


def _region_alone(text: str, rule: str) -> bool:
    """Whether the block `text` is one line that reads as a place only for a region named in
    brackets after a name ("Exempleville (Sénégal)")."""
    return (
        rule == "locality.block"
        and "\n" not in text
        and re.search(r"\([^()\d]+\)\W*$", text) is not None
        and _place_score(text) == 0
    )


def _country_alone(text: str) -> bool:
    """Whether `text` is a country's name and nothing else ("FRANCE", "Brasilia.")."""
    return name_key(text.strip(" .,;:\n")) in country_names()


def _lone_place(
    labels: Sequence[Label], kinds: Mapping[int, list[str]]
) -> tuple[float, Label, int, int] | None:
    """A place's name alone on its line where an old sheet writes it, under the plant's name or
    the country ("Aus bus L. / Exempla / Juillet", "FRANCE / Exempla"), or above its date; the
    first such line of the labels, a country's name alone only when no other (keyers give it
    when the sheet names no more: "Brasilia."). A person's name, a genus, a month are not taken."""
    for country in (False, True):
        for lab in labels:
            found = _lone_line(lab, kinds[lab.position], labels, country=country)
            if found is not None:
                return 0.0, lab, lab.lines[found].start, lab.lines[found].end
    return None


def _lone_line(
    lab: Label, lab_kinds: Sequence[str], labels: Sequence[Label], *, country: bool
) -> int | None:
    """The index in `lab.lines` of the line `_lone_place` takes, a country's name only when
    `country` is set."""
    texts = [ln.text for ln in lab.lines]
    for i, t in enumerate(texts):
        if lab_kinds[i] != "text" or not 1 <= len(t.split()) <= 3 or len(t) > 40:
            continue
        if _country_alone(t) != country:
            continue
        above = texts[i - 1] if i > 0 else ""
        below = texts[i + 1] if i + 1 < len(texts) else ""
        placed = (
            _BINOMIAL.match(above) is not None
            or re.match(r"\W*[A-Z]\.\s?[a-z]{3,}", above) is not None  # "A. bus Muster"
            or _country_alone(above)
            or _DATE_LINE.search(below) is not None
            or _MONTH_WORD.match(below.strip()) is not None
        )
        if (
            placed
            and _place_like(t)
            and not _DATE_LINE.search(t)
            and not _names_person(t)
            and not _PERSON_LINE.fullmatch(t)
            and not _genus_alone(t, list(labels))
            and not _AUTHOR_LINE.fullmatch(t)
        ):
            return i
    return None


# A header in capitals of two words or more ("NORTHERN TERRITORIES", "IN THE REGION OF X")
_CAPS_LINE = re.compile(r"[^a-z]*[A-ZÀ-Þ]{2,}[^a-z]*\s[^a-z]*[A-ZÀ-Þ]{2,}[^a-z]*")


def _extent_doubts(
    labels: Sequence[Label], lab: Label, s: int, e: int, spans: Sequence[Span]
) -> list[str]:
    """`[EXTENT_UNCERTAIN]` when the unkeyed locality `lab.text[s:e]` may run over another field
    or stop short of the keyed extent: a date, a person's or a taxon's name claimed by another
    field inside it; a header in capitals beside other lines; a form's key alone on one of its
    lines; or a label whose locality key was read without a value (the form's value is
    elsewhere). (Blocks of many lines and lines of a person's name were measured too: on the
    devset and the dev fold they were as often right as other blocks.) Keyers of such labels disagree with the block too often for a
    curator to accept it unseen."""
    lines = [ln for ln in lab.text[s:e].split("\n") if ln.strip()]
    inside = any(s <= cs and ce < e - 1 for cs, ce in spans)
    header = len(lines) > 1 and any(_CAPS_LINE.fullmatch(ln) for ln in lines)
    bare_key = any(
        _ISLAND_KEY.fullmatch(ln) or _FRAGMENT.fullmatch(ln) or _LOC_KEY.fullmatch(ln)
        for ln in lines
    )
    empty_key = any(
        (key := _LOC_KEY.match(ln.text)) is not None and _FRAGMENT.fullmatch(ln.text[key.end() :])
        for other in labels
        for ln in other.lines
    )
    if inside or header or bare_key or empty_key:
        return [EXTENT_UNCERTAIN]
    return []


# One capitalised word alone on a line ("Muster", "Lincs.")
_ONE_WORD = re.compile(r"[^\w\n]*[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]{2,}\.?[^\w\n]*")


def _word_below(text: str, s: int, regions: Sequence[Span]) -> bool:
    """Whether the block `text` (at offset `s`) ends in one word alone on its last line that names
    no region, county, country or kind of place ("Sampelstadt, Wiesen / Muster", "Venezuela /
    Muster"): an old sheet's collector written under the place as often as a place's last part
    ("Ham Street / Kent")."""
    lines = text.rstrip().split("\n")
    last = lines[-1]
    above = lines[-2].rstrip() if len(lines) > 1 else ""
    if not above or not _ONE_WORD.fullmatch(last) or above.endswith(","):
        return False  # "..., Nature Center, / Freeport.": the list of places runs on
    if above.isupper():
        return False  # "SARAWAK / Kuching": the printed region, then the town, on insects' labels
    at = s + len(text.rstrip()) - len(last)
    if any(rs >= at for rs, _ in regions):
        return False
    word = last.strip(" .,;:()*")
    return not (
        is_british_county(word)
        or _country_alone(word)
        or _GEO_WORDS.search(word)
        or fold(word) in states()
    )


# A line of an insect's data label that carries its date: a year, a day and month in figures
# or Roman numerals, a month's name ("12.VI.1931", "SEPT 1931", "3-7-88").
_DATE_LINE = re.compile(
    r"\b(?:1[6-9]\d\d|20[0-2]\d)\b|\d\s?[-./:]\s?(?:[IVXivx]{1,4}|\d{1,2})\s?[-./:]\s?['’]?\d{2}"
    r"|\b(?:[IVX]{1,4})\s?[-./]\s?(?:(?:1[6-9]|20)?\d\d\b|\d{1,2}\s?[-./]\s?\d{2})"
    r"|\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d"
    # a month and a year alone on the line ("7.03.")
    r"|^\W*\d{1,2}\s?[-./]\s?\d{2}\s?\.?\s*$",
)
# The words a place's name may hold in lower case ("I. of Exemplar", "Bois de la Forge", "Oakham
# fort"); another lower-case word makes the line a sentence or a name, not a data label's place.
_PLACE_SMALL_WORD = re.compile(
    r"(?:of|on|upon|the|de|la|le|les|du|des|di|del|da|do|am|an|der|den|im|bei|by|near|nr\.?|"
    r"en|sur|sous|and|et|y|e|aan|op|te|ter|bij|på|i|och|und|zu|v\.?)",
)
# Lower-case nouns of English place names on insect labels ("Oakham fort", "Hollow common")
_PLACE_NOUN = re.compile(
    r"(?:fort|wood|woods|common|heath|moor|fen|green|downs?|field|farm|garden|gardens|castle|"
    r"church|mill|end|marshes|cliffs?|quarry|gate|gates|bottom|warren|chase|hall|house|lane)"
)
# a month's name in any language of the month table ("Jan.", "Juillet"), not "Mayfield"
_MONTH_WORD = MONTH_WORD
_TYPE_WORD = re.compile(
    r"(?i:(?:holo|para|syn|lecto|neo|iso|topo|allo)?typ(?:e|us|i)|illegible|unknown|ex|coll\.?)"
)


# A height after a place's name on an old sheet's line ("~ 1750 m", "c. 300 m s.m.", "2000 ft.")
_HEIGHT = re.compile(
    r"[~≈±]?\s*(?:(?i:alt|ca|c)\.?\s*)?\b\d[\d.,]*\s?(?i:m|ft|feet)\b\.?"
    r"(?:\s*(?i:s\.\s?m|a\.\s?s\.\s?l)\.?)?"
)


def _place_like(line: str) -> bool:
    """Whether `line` reads as a place's name as insect labels print it: a few capitalised words
    ("Ash Street", "LONDON N.", "I. of Exemplar", "Redvale, Surrey"), perhaps with a date or a grid
    reference after them, none of them a type's word."""
    line = _HEIGHT.sub(" ", line)  # "Les Exemples ~ 1750 m": the place before its height
    line = _DATE_LINE.sub(" ", line)  # "Herts 14-7-73": the place before its date
    words = re.findall(r"[^\W\d_][^\s,;:/()\d]*", line)
    letters = sum(ch.isalpha() for w in words for ch in w)
    if not 1 <= len(words) <= 5 or letters < 3 or not words[0][:1].isupper():
        return False
    if len(words) == 1 and letters < 4 and not re.fullmatch(r"[A-Z][a-z]+|[A-Z]\w+\.", words[0]):
        return False  # "ARD": a scrap of a word the OCR read; "Ash", "Mex." are words
    if _MONTH_WORD.match(words[0]):
        return False  # "Jan. 29, 1971": a date
    if all(sum(ch.isalpha() for ch in w) < 3 for w in words):
        return False  # "BR - S. P.": a herbarium's code, initials
    for w in words:
        bare = w.rstrip(".-")
        if _TYPE_WORD.fullmatch(bare) or _TYPE_WORD.fullmatch(w):
            return False
        if not (
            w[:1].isupper()
            or _PLACE_SMALL_WORD.fullmatch(w)
            or _GEO_WORDS.fullmatch(bare)
            or _PLACE_NOUN.fullmatch(bare)
        ):
            return False
    return True


# A scientific name opening a line ("Carex nigra (L.) Reichard"): a determination slip's
_BINOMIAL = re.compile(
    r"\W*[A-Z][a-z]+\s+(?:[a-z]{3,}\b|[A-Z]\.\s?[a-z]{3,}\b"
    # an epithet in capitals, as older labels write it, before its author ("Exemplia Vulgaris (L.)")
    r"|[A-Z][a-z]{2,}\s+\(?[A-Z][a-z]*\.)"
)


_MONTH_NAMES = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
# the words opening a data label's line under a place that are no epithet
_NOT_EPITHET = (
    r"(?:under|over|among|along|at|in|on|from|with|by|near|beside|below|above|ex|"
    + _place_words("method")
    + ")"
)


def _genus_alone(line: str, labels: list[Label]) -> bool:
    """Whether `line` is one word that some label writes as a name's genus ("Exemplia?" where
    another line reads "Exemplia exempla Muster")."""
    word = re.fullmatch(r"\W*([A-Z][a-z]{3,})\W*", line)
    if word is None:
        return False
    # not a month in Roman numerals or by name on the line below ("Kent / vii.1930")
    # the epithet on the genus's line or the next, not a preposition or how an insect was taken
    # there ("Exampleshire / under stone", "Sampleton / bred 1980" are no names)
    genus = re.compile(
        rf"\b{word.group(1)}(?:[ \t]+|\s*\n\s*(?!{_NOT_EPITHET}\b))"
        rf"(?!(?:[ivx]+|{_MONTH_NAMES})\b)[a-z]{{3,}}"
    )
    return any(genus.search(lab.text) for lab in labels)


# A given name cut short as old labels print it, then a surname ("Chas. Muster", "Geo. Beispiel",
# "Wilh. Muster"; people.patterns.GIVEN_ABBR), perhaps with a number after it
_ABBREVIATED_GIVEN = re.compile(
    rf"\W*(?:{GIVEN_ABBR})\.\s?(?:[A-Z]\.\s?){{0,2}}(?:{_SURNAME})(?=\W*(?:\d[\d\s./-]*)?\W*$)"
)


def _names_person(line: str) -> bool:
    """Whether `line` opens with a person's name: initials and a surname (`_PERSON_LINE`) before a
    number or a date ("K. Muster 1931"), or a common given name and a surname ("Jonas Muster")."""
    m = _PERSON_NAME.match(line)
    if m is not None and (m.end() == len(line) or not line[m.end()].isalpha()):
        return True
    if _ABBREVIATED_GIVEN.match(line):
        return True  # "Thos. Muster", "Wilh. Beispiel 12"
    words = line.split()
    return (
        2 <= len(words) <= 3
        and fold(words[0].strip(".,")) in given_names()
        # "Glen Example", "Dale Sample": a kind of place that is also a given name names a place
        # under another, as often as a person
        and not _GEO_WORDS.fullmatch(words[0].strip(".,"))
        and all(re.fullmatch(_SURNAME + r"[.,]?", w) for w in words[1:])
        and not any(_GEO_WORDS.fullmatch(w.strip(".,")) for w in words[1:])
    )


def _data_label(labels: list[Label]) -> tuple[float, Label, int, int] | None:
    """An insect's (or an old sheet's) data label without a key: a short label whose lines are its
    place, its date and its collector ("Hollow Heath / 12.VI.1931 / K.L. Muster"). On a label that
    carries a date or a collector's name, the first run of lines that read as a place's name
    (`_place_like`), before any determination, is its locality: the first label in reading order
    that has one. The people and dates claimed by other fields are not consulted: a collector's
    rule may have claimed the place's line above the date too; a person's line is known by its
    shape (`_PERSON_LINE`)."""
    for lab in labels:
        texts = [ln.text for ln in lab.lines]
        if len(texts) > 10 or max(len(t.strip()) for t in texts) > 40:
            continue  # a label of sentences, not of data
        inst, address = lab.institution, lab.address
        if not any(
            (_DATE_LINE.search(t) or _PERSON_LINE.fullmatch(t)) and not (inst[i] or address[i])
            for i, t in enumerate(texts)
        ):
            continue
        if _REFERENCE_KEY.match(texts[0]):
            continue  # "Fide: / Checklist of ...": a citation
        run: list[int] = []
        above: list[int] = []  # a region's line over the name, the place if no other
        named = False
        for i, t in enumerate(texts):
            binomial = _BINOMIAL.match(t)
            if binomial and _placed_capital(binomial[0]):
                # "Sampleton Wood (J. Beispiel)": a place's name, its noun capitalised
                binomial = None
            if _DET_OR_FAMILY.search(t) or (binomial and not _PLACE_NOUN.search(binomial[0])):
                if run and not named and not _DET_WORD.search(t) and _regions_only(texts, run):
                    # "Kent / Exampla minor / Sampleton Common": the county over the name, the
                    # place under it
                    above, run, named = run, [], True
                    continue
                if run or _DET_WORD.search(t):
                    break  # a determination: the place comes before it, if at all
                named = True  # an old sheet's label: its family and name above its place
                continue
            if named and not run and _AUTHOR_LINE.fullmatch(t):
                continue  # the name's author on the line below it ("B. Muster.", "(L.) Doe")
            free = not (inst[i] or address[i]) and _line_kind(t, claimed=False) == "text"
            if i > 0 and _UNFINISHED_LINE.search(texts[i - 1].rstrip()):
                free = False  # "Plant growing with / Dryopteris.": a sentence's end
            if run and _TEAM_NUMBER.fullmatch(t):
                break  # "Muster, Beispiel & Exemplo 1234" under the place: the collectors
            if (
                free
                and _place_like(t)
                and not _names_person(t)
                and not _dated_person(t)
                and not _genus_alone(t, labels)
            ):
                run.append(i)
            elif run:
                break
        run = run or above
        after = [t for t in texts[run[-1] + 1 :] if not _PERSON_LINE.fullmatch(t)] if run else []
        if after and _COLLECTOR_KEY_LINE.match(after[0]):
            continue  # "Jonas Muster / K. Beispiel / Collectors, 1905": the names of the people
        if run:
            return 0.5, lab, lab.lines[run[0]].start, lab.lines[run[-1]].end
    return None


def _regions_only(texts: Sequence[str], run: Sequence[int]) -> bool:
    """Whether the lines `run` of `texts` are one line naming a British county, a country or a
    state and nothing else ("Kent", "SURREY", "Brasilia.")."""
    if len(run) != 1:
        return False
    word = texts[run[0]].strip(" .,;:")
    return is_british_county(word) or _country_alone(word) or _is_state(word)


def _placed_capital(text: str) -> bool:
    """Whether the second word of `text`, a binomial's shape, is a capitalised noun of place
    ("Sampleton Wood", "Exampla Common"), not an epithet in capitals ("Exemplia Vulgaris")."""
    words = text.split()
    return (
        len(words) > 1
        and words[1][:1].isupper()
        and _PLACE_NOUN.fullmatch(words[1].strip("(.,").lower()) is not None
    )


def _rival_data_label(labels: list[Label], found: tuple[float, Label, int, int]) -> bool:
    """Whether another label than `found`'s is a data label naming another place (two slips of
    one gathering, "Sydney" on one and "Port Jackson" on the other): which one keyers took is
    uncertain."""
    rest = [lab for lab in labels if lab is not found[1]]
    other = _data_label(rest) if rest else None
    if other is None:
        return False
    lab, s, e = other[1], other[2], other[3]
    text = lab.text[s:e]
    i = lab.line_no(e) + 1
    after = lab.lines[i].text if i < len(lab.lines) else ""
    if (
        _country_alone(text)
        or text.isupper()  # "BRITISH ISLES:" printed on a curator's label
        or re.search(r"['’]s\W*$", text)  # "Muster's": the collection's owner
        # "Muster / collection": the owner's name over a collection's stamp, which the stamps'
        # view blanks
        or (bool(after) and not after.strip())
        or re.match(r"\W*(?i:coll\w*)\b", after)
    ):
        return False
    words = {w for w in re.findall(r"\w{3,}", fold(found[1].text[found[2] : found[3]]))}
    return not words & set(re.findall(r"\w{3,}", fold(text)))  # "Ross Isld", "Ross Is."


# The words of a determination (`_DET_OR_FAMILY` without the family)
_DET_WORD = re.compile(r"(?:\b|(?<=[a-z]))(?:det\.|det\b|determined|identified)", re.IGNORECASE)
# A name's author alone on its line, abbreviated ("B . Muster .", "A. Doe", "(L.) Beisp.", "L.")
_AUTHOR_LINE = re.compile(
    r"(?=[^.]*\.)\W*(?:\(?[A-ZÀ-Þ][a-zà-ÿ]{0,12}\s?\.?\s?\)?\s?(?:&|et|ex)?\s*){1,4}\W*"
)


# The word under the collectors' names ("K. Muster / Collector", "Collectors, Aug. 1905")
_COLLECTOR_KEY_LINE = re.compile(r"\W*(?i:collectors?|sammler)\b")


# "Quad. Map Chernabura Island (D-2), Alaska", "Map/Quad.: Kiska C-4 SE": the topographic map sheet
# the site lies on, a key of its own on printed forms; keyers give it as the locality's last part
# (all 13 devset labels with such a key, e.g. "... Hill 1043 Quad. Map Chernabura Island (D-2)").
_MAP_SHEET = re.compile(
    r"^\s*(?:Quad(?:rangle)?\.?\s*Map|Map\s*/\s*Quad(?:rangle)?\.?)\s*:?\s*", re.IGNORECASE
)
# the next key printed beside the map's name on the same line ("\tColl. Date 12 June 1994")
_NEXT_KEY_ON_LINE = re.compile(r"\t|\s(?:Coll\w*\.?\s*)?Date\b|\sColl(?:ector)?\b", re.IGNORECASE)


def _map_sheet(labels: list[Label]) -> str | None:
    """The keyed map sheet with its key ("Quad. Map Chernabura Island (D-2), Alaska"), if any."""
    for lab in labels:
        for ln in lab.lines:
            m = _MAP_SHEET.match(ln.text)
            if m is None:
                continue
            rest = ln.text[m.end() :]
            cut = _NEXT_KEY_ON_LINE.search(rest)
            name = (rest[: cut.start()] if cut else rest).strip(" ,;")
            if sum(ch.isalpha() for ch in name) >= 3:
                return squash_ws(ln.text[: m.end()]) + " " + squash_ws(name)
    return None


def _with_map_sheet(labels: list[Label], found: FieldCandidate) -> FieldCandidate:
    """The locality with the map sheet keyed elsewhere on the label (see `_MAP_SHEET`)."""
    sheet = _map_sheet(labels)
    if sheet is None or sheet in squash_ws(found.value):
        return found
    return found.model_copy(update={"value": found.value + "\n" + sheet})


# "Forest Service Road 7312", "Park Service Rd.": a road named for the agency that keeps it, a
# place, not the institution that printed the label.
_SERVICE_ROAD = re.compile(r"\bService\s+(?:Road|Rd\b\.?|Route|Trail)", re.IGNORECASE)


def _service_road(line: str) -> bool:
    """Whether `line` names an institution only in the name of a road (see `_SERVICE_ROAD`)."""
    return _SERVICE_ROAD.search(line) is not None and not is_institution(
        _SERVICE_ROAD.sub(" ", line)
    )


def _line_kinds(lab: Label, spans: Sequence[Span], regions: Sequence[Span] = ()) -> list[str]:
    """Each line's kind (`_line_kind`): `spans` claimed by other fields, `regions` the offsets of
    country, state and county names in the label."""
    merged = _merged(spans)
    ends = [ce for _, ce in merged]
    inst, address = lab.institution, lab.address
    inst = [x and not _service_road(ln.text) for x, ln in zip(inst, lab.lines, strict=True)]

    def named_in(ln: Line) -> Callable[[int, int], bool]:
        def named(start: int, end: int) -> bool:
            a, b = ln.start + start, ln.start + end
            return any(cs <= a and b <= ce for cs, ce in merged)

        return named

    kinds = [
        "skip"
        if is_inst or is_address
        else _line_kind(ln.text, claimed=_spent(ln, merged, ends), named=named_in(ln))
        for ln, is_inst, is_address in zip(lab.lines, inst, address, strict=True)
    ]
    for i, ln in enumerate(lab.lines):
        if _EXCHANGE_NOTE.match(ln.text) or _REFERENCE_KEY.match(ln.text):
            # the note's list of herbaria, the reference's citation, runs on
            for j in range(i + 1, len(kinds)):
                if kinds[j] == "blank":
                    break
                kinds[j] = "skip"
    described = [
        bool(lab.lines)
        and (_describes_plant(lab.lines[0].text) or _OTHER_KEY.match(lab.lines[0].text) is not None)
    ] * len(kinds)
    for i in range(1, len(kinds)):
        line, prev = lab.lines[i].text, lab.lines[i - 1].text
        if (
            kinds[i] == "skip"
            and kinds[i - 1] == "text"
            and line.lstrip()[:1].islower()
            and not _spent(lab.lines[i], merged, ends)
            and (
                # "..., Provincia Ejemplar; / altitude 300 to 900 meters": a key word in
                # lower case after a line left open carries on the locality's sentence; keys
                # are capitalised
                (prev.rstrip().endswith((",", ";")) and _OTHER_KEY.match(line) is not None)
                # "Plantas de viveros en el area / del Liceo y Jardin Escolar.": nor does an
                # institution's name open with a lower-case word after an unfinished sentence
                or (inst[i] and not prev.rstrip().endswith("."))
            )
            # "det. J. Beispiel, Field Museum 1960": a determiner's line, not the sentence's end
            and not _DET_WORD.match(line.lstrip())
            and not _person_cue_line(line)
        ):
            kinds[i] = "text"
        elif kinds[i] == "text" and described[i - 1] and _carries_on(prev, line):
            # "2' herb ; fls. white; in grassy / areas near the creek.": the description's
            # sentence goes on
            kinds[i] = "skip"
        # a description's sentence, or another field's keyed value ("Nom. vern.: Exempla / de
        # la forêt"), carries on over the lines below it
        described[i] = kinds[i] == "skip" and (
            _describes_plant(line)
            or _OTHER_KEY.match(line) is not None
            or (described[i - 1] and _carries_on(prev, line))
        )
    return kinds


def _describes_plant(line: str) -> bool:
    return _DESCRIPTION.match(line) is not None or _PLANT_COLOUR.search(line) is not None


def _carries_on(prev: str, line: str) -> bool:
    """Whether `line` continues the sentence of the line above: that one is left open (no full
    stop) and this one opens with a lower-case word."""
    return not prev.rstrip().endswith(".") and line.lstrip()[:1].islower()


def _best_block(
    labels: list[Label],
    kinds: Mapping[int, list[str]],
    regions: Sequence[tuple[int, int, int]],
    allowed: set[str],
    *,
    higher_geography: bool = False,
) -> tuple[float, Label, int, int] | None:
    """The run of consecutive lines of the `allowed` kinds that reads most like a place; a run
    that only names regions (`_only_higher_geography`) only when `higher_geography` is set."""
    best: tuple[float, Label, int, int] | None = None
    for lab in labels:
        lab_kinds = kinds[lab.position]
        i = 0
        while i < len(lab.lines):
            if lab_kinds[i] not in allowed:
                i += 1
                continue
            j = i
            while j + 1 < len(lab.lines) and lab_kinds[j + 1] in allowed:
                j += 1
            s, e = lab.lines[i].start, lab.lines[j].end
            score = _place_score(lab.text[s:e])
            score += 1.5 * sum(1 for p, rs, _ in regions if p == lab.position and s <= rs < e)
            inside = [(rs, re_) for p, rs, re_ in regions if p == lab.position and s <= rs < e]
            if not higher_geography and _only_higher_geography(lab.text, s, e, inside):
                score = 0
            if _habitat_clause(squash_ws(lab.text[s:e]).strip(" .,;")) is not None:
                score = 0  # "riparian forest": the habitat, nothing of where it is
            if score > 0 and (best is None or score > best[0]):
                best = (score, lab, s, e)
            i = j + 1
    return best


# A county or district with its name ("Cocke Co.", "Co. Cocke", "KENORA DISTRICT") and the
# words of administrative divisions ("Prov.", "Departamento"): geography above the locality.
_ADMINISTRATIVE = re.compile(
    # words of at most 30 letters: unbounded, a 100,000-character line is scanned quadratically
    r"\b(?:Co|CO)\.+\s*[A-ZÀ-Þ][\w'’-]{1,30}|"
    # "Prov. MATANZAS", "prov. San Cristobal": a province named after its word
    r"\bProv\.\s*(?:(?:del|de|la)\s+|[A-ZÀ-Þ][\w'’-]{0,30}\s*){1,4}|"
    r"(?:(?:St\.|[A-ZÀ-Þ][\w'’-]{0,30})[ \t]+){0,3}(?:County|COUNTY|Co\.|CO\.|Parish|PARISH|District|"
    r"DISTRICT|Dist\.)|"
    r"\b(?:Prov|Dept|Depto|Mun|Mpio|Edo)\.|\b(?:Province|Provincia|Departamento|Distrito|"
    r"Municipio|Estado)\b",
    re.IGNORECASE,
)


def _only_higher_geography(text: str, s: int, e: int, regions: Sequence[Span]) -> bool:
    """Whether `text[s:e]` says nothing but country, state and county names: fewer than three
    letters are left once they (`regions`, offsets in `text`) and the words of administrative
    divisions are taken out, "of" and "de" aside."""
    chars = list(text[s:e])
    for rs, re_ in regions:
        chars[rs - s : re_ - s] = " " * (re_ - rs)
    rest = _ADMINISTRATIVE.sub(" ", "".join(chars))
    rest = re.sub(r"\b(?:of|OF|de|DE|del|DEL|the|THE)\b", " ", rest)
    return sum(ch.isalpha() for ch in rest) < 3


# A preposition of place before a name, in the languages of old labels ("prope Villanova",
# "ad ripam Fluvii", "bei Dorf", "nabij Stad"): the line says where.
# In the middle of a line the preposition is written in lower case: "Max Pr. v Beispiel" is a name.
_PLACE_PREPOSITION = re.compile(
    r"(?:(?<![\w.])"
    + _cue_pattern("preposition")
    + r"|^[^\w\n]*(?i:"
    + _cue_pattern("preposition")
    + r"))\s+(?:[a-zà-ÿ]+\s+){0,2}[A-ZÀ-Þ][a-zà-ÿ]{2,}",
    re.MULTILINE,
)


# two names or more, each capitalised, one after the other with commas ("Aville, Beeby, ...")
_NAMES_LISTED = re.compile(
    r"(?<![\w.])[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]{2,}(?:-[A-ZÀ-ÞА-ЯЁ]?[a-zà-ÿа-яё]+)?,\s"
    # a one-letter kind of place between ("Хибины, г. Примерная": the mountain)
    r"(?:[a-zа-яё]\.\s?)?(?P<b>[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]{2,})\b"
)
# A place's name, a comma, then the site in lower case, ending the line ("Sampleton, wet meadow",
# "Saaremaa, Kuressaare, rannaniit", "Примерово, сосновый лес"): a place named, then its habitat
_NAMED_ITEM = (
    # a name of up to three words, an abbreviated kind of place among them ("Sampla v.")
    r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]+(?:[ \t]+(?:[A-ZÀ-ÞА-ЯЁ][\w'’.-]+|[a-zа-яё]{1,4}\.)){0,2}"
)
_NAME_THEN_HABITAT = re.compile(
    rf"^[^\w\n]*{_NAMED_ITEM}(?:,[ \t]+{_NAMED_ITEM})*,"
    r"(?P<site>(?:[ \t]+[a-zà-ÿа-яё][\w-]*){1,4})[ \t.]*$",
    re.MULTILINE,
)


# a region's name in title case with a colon, then a capitalised place ("Oxon: Wytham Woods")
_REGION_THEN_PLACE = re.compile(r"(?<![\w.])[A-ZÀ-Þ][a-zà-ÿ]{2,}\s?:\s+[A-ZÀ-Þ][a-zà-ÿ]")


def _names_listed(line: str) -> bool:
    """Whether the line lists names as a place is named ("Exempla, Sampleby"), not a date's month
    after a name ("A. Person, Nov. 1976") nor an institution's address ("Dept. X, Sampletown")."""
    return not is_institution(line) and any(
        not _MONTH_WORD.match(m.group("b")) for m in _NAMES_LISTED.finditer(line)
    )


# An Estonian compound naming a site by its last word ("rannaniit", "kuusemets", "metsaserv",
# "teeäär", "botaanikaaed"): the habitat's words are written together
_COMPOUND_SITE = re.compile(
    r"\w{2,}(?:niit|niidul|mets|metsas|soo|raba|aed|nõmm|rand|kallas|põld|aas|luht|serv|äär|ääres)\b"
)


def _names_then_habitat(line: str) -> bool:
    """Whether the line names a place, then its habitat (`_NAME_THEN_HABITAT`), not a person."""
    m = _NAME_THEN_HABITAT.match(line)
    return (
        m is not None
        and (
            _HABITAT_WORDS.search(m.group("site")) is not None
            or _COMPOUND_SITE.search(m.group("site")) is not None
        )
        and not _names_person(line)
        and not is_institution(line)
    )


# A place's name, a comma, then the site described ("Exampleton, in grassy places,
# 6000 ft."; "Beispielberg, auf Kalk"): the way old sheets name where a plant grew.
_NAME_THEN_SITE = re.compile(
    r"^[^\w\n]*[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]+|de|del|di|du|la|le|von|am|an|op|of)){0,3}"
    r",[ \t]+" + _cue_pattern("site") + r"[ \t]+[^\W\d_]",
    re.MULTILINE,
)


# a vice-county's number on a line ("v.c. 99", "VC 12"): the line names a British county
_VICE_COUNTY_CUE = re.compile(r"(?<![\w.])(?:v\.\s?c\.|V\.\s?C\.|VC)\s*\d{1,3}[a-z]?\b")


def _place_score(text: str) -> float:
    # each line without a person's key and name closing it ("Тарту, луг, собр. И. Иванов")
    text = "\n".join(
        line[: m.start()] if (m := _PERSON_CUE_STOP.search(line)) is not None else line
        for line in text.split("\n")
    )
    score = len(_GEO_WORDS.findall(text)) + 0.5 * len(
        # a degree after its figure ("12°30'"), not the "º" of "Nº"
        re.findall(r"\d\s?[°º]|\b\d+(?:\.\d+)?\s?(?:mi|km)\b", text)
    )
    if _PLACE_PREPOSITION.search(text):
        score += 2
    if _NAME_THEN_SITE.search(text):
        score += 1
    if _REGION_THEN_PLACE.search(text):
        score += 1  # "Exampleshire: Sample Woods": a region, then the place in it
    if _VICE_COUNTY_CUE.search(text):
        score += 1.5  # "Exampleshire, v.c. 99": a British county by its vice-county's number
    if any(_names_listed(line) for line in text.split("\n")):
        score += 0.5  # "Exempla, Sampleby, meadow": a place named from the larger to the smaller
    elif any(_names_then_habitat(line) for line in text.split("\n")):
        score += 0.5
    return score + 1.5 * len(
        re.findall(r"(?:\b[A-Z][a-z]+\.?,?\s)?(?:Co\.|County|Parish)|[A-Z]{2,}\s?:", text)
    )


def _merged(spans: Sequence[Span]) -> list[Span]:
    """The spans sorted, overlaps joined (a date is claimed as the event date and as a date)."""
    out: list[Span] = []
    for cs, ce in sorted(spans):
        if out and cs <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], ce))
        else:
            out.append((cs, ce))
    return out


def _spent(line: Line, merged: Sequence[Span], ends: Sequence[int]) -> bool:
    """Whether a line says nothing once the claimed spans (`_merged`, with their `ends`) are taken
    out of it: fewer than four characters are left, or fewer than three letters ("90." before a
    name, "No." before a number)."""
    free = bytearray(b"\x01") * len(line.text)
    k = bisect.bisect_right(ends, line.start)
    while k < len(merged) and merged[k][0] < line.end:
        a, b = max(merged[k][0], line.start), min(merged[k][1], line.end)
        if a < b:
            free[a - line.start : b - line.start] = bytes(b - a)
        k += 1
    left = [ch for ch, f in zip(line.text, free, strict=True) if f and not ch.isspace()]
    touched = len(left) < len(line.text) - sum(ch.isspace() for ch in line.text)
    return len(left) < 4 or (touched and sum(ch.isalpha() for ch in left) < 3)


def _trim(lab: Label, s: int, e: int, spans: Sequence[Span]) -> Span:
    """Cut a claimed span (a date, a collector) off the end of the block, and habitat after ";";
    and a collector's key and name off its head (`_COLLECTOR_THEN_PLACE`).
    A date the date parser could not read may be left after it ("San Mateo Co. /
    J.Powel1Vll-Z6-81": the collector claimed, the date not)."""
    for ln in lab.lines[lab.line_no(s) : lab.line_no(e) + 1]:
        m = _COLLECTOR_THEN_PLACE.match(ln.text)
        if m is not None and ln.start + m.start("place") < e:
            s = ln.start + m.start("place")  # the place after the collector's name
    for cs, ce in sorted(spans):
        rest = lab.text[ce:e]
        if s < cs < e and (not rest.strip(" ,.;\n") or DATE_SHAPE.fullmatch(rest)):
            e = cs
        elif s < cs < e and cs > s + 10:
            e = min(e, cs) if _GEO_WORDS.search(lab.text[s:cs]) else e
    for cs, _ in sorted(spans, reverse=True):
        # "Harjumaa, Exempla, niit. / 12.VI.1956 leg. K. Muster": the date and the collector's key
        # left once the name is cut off end the locality too
        rest = lab.text[_claimed_end(spans, cs) : e]
        if s < cs < e and (_KEYS_LEFT.fullmatch(rest) or _person_left(rest)):
            e = cs
    # the key of the name cut off after the place ("Prope Exempla legit / K. MUSTER, 1854")
    if (key := _KEY_AT_END.search(lab.text, s, e)) is not None and key.start() > s:
        e = key.start()
    text = lab.text[s:e]
    semi = text.rfind(";")
    tail = text[semi:]
    if (
        semi > 0
        and not re.search(r"\d|\b(?:mi|km|of)\b", tail)
        and (
            _HABITAT_WORDS.search(tail)
            # "; res. Exempla / Beeby, Ceeton.": names of places go on
            # (not the plants' names of a list of associates, "; Aus bus, Cus dus")
            or not (
                _GEO_WORDS.search(tail)
                or re.search(r"\s[A-ZÀ-Þ][a-zà-ÿ]{2,}\b(?!\s+[a-z]{3,})", tail[2:])
            )
        )
    ):
        e = s + semi
    while e > s and lab.text[e - 1] in " ,;:-\n\t":
        e -= 1
    # "... Batu Exempla. / Lowland forest beside a brook.", "Exempla: Muara / mangrove":
    # the habitat on the block's last line, a field of its own
    last = lab.line_at(e)
    if last.start > s and _habitat_line(lab.text[last.start : e]):
        e = last.start
    # "Exempla / Krth.": a collector's name shortened to its consonants, alone under the place
    if last.start > s and _CONSONANTS.fullmatch(lab.text[last.start : e]):
        e = last.start
    # "Sampleton (K. Muster) 12.6.1901": the collector in brackets after the place, its date
    # cut off
    bracket = _BRACKET_TAIL.search(lab.text, s, e)
    if bracket is not None and bracket.start() > s and _PERSON_LINE.fullmatch(bracket["name"]):
        e = bracket.start()
    # "703 Exempla": a collection's number before the place's name
    head = _NUMBER_HEAD.match(lab.text, s, e)
    if head is not None:
        s = head.end()
    while e > s and lab.text[e - 1] in " ,;:-\n\t":
        e -= 1
    # The keyword of a field number whose digits were claimed ("... Example Bay / No. 835").
    m = re.search(r"(?:^|\s)(?:No|NO|no|Núm|N°|#)\.?$", lab.text[s:e])
    if m is not None:
        e = s + m.start()
    while e > s and lab.text[e - 1] in " ,;:-\n\t":
        e -= 1
    while s < e and lab.text[s] in " ,\t\n•":
        s += 1
    return s, e


# What may be left between claimed spans at a block's end: punctuation and the keys of a date
# or a collector ("12.VI.1956 leg. K. Muster", "12.VII.1965 Собр. И. Иванов")
_KEYS_LEFT = re.compile(r"[\W_]*(?:" + _cue_pattern("stop") + r"[\W_]*)?", re.IGNORECASE)


# A collector's key ending a block, the name after it claimed and cut off
_KEY_AT_END = re.compile(
    r"[\s,;]+" + _cue_pattern("stop", inline=True, names=True) + r"[\W_]*$", re.IGNORECASE
)


# A collector's key, perhaps, then a name, in brackets or not, after a date ("(K. Muster)")
_PERSON_LEFT = re.compile(
    r"[\s,;:]*(?:" + _cue_pattern("stop") + r")?[\s.,;:]*\(?([^()]+)\)?\s*", re.IGNORECASE
)


def _person_left(rest: str) -> bool:
    """Whether `rest`, what follows a claimed date at a block's end, is a person's name the
    collectors' rule left, perhaps in brackets ("12.iii.1921 (K. Muster)")."""
    m = _PERSON_LEFT.fullmatch(rest)
    return m is not None and _PERSON_LINE.fullmatch(m.group(1).strip()) is not None


def _claimed_end(spans: Sequence[Span], cs: int) -> int:
    """The end of the longest claimed span starting at `cs`."""
    return max(ce for s, ce in spans if s == cs)


# A bracket closing a block ("Sampleton (K. Muster)")
_BRACKET_TAIL = re.compile(r"\s*\((?P<name>[^()\n]{3,40})\)\W*$")


# A name shortened to its consonants ("Krth.", "Hsk.", "Bl."), as old sheets write a collector's
_CONSONANTS = re.compile(r"\s*[A-Z][b-df-hj-np-tv-xz]{1,5}\.\s*")


# A number before a capitalised name that is no measure ("703 Exempla", not "5 Mile Creek")
_NUMBER_HEAD = re.compile(
    r"\d{1,6}[ \t]+(?=[A-ZÀ-Þ][a-zà-ÿ]{2,}|[A-ZÀ-Þ]{3,})(?!(?i:mile|miles|km|mi|ft|feet|m)\b)"
)


def _habitat_line(line: str) -> bool:
    """Whether `line` describes the site rather than names it: a habitat's word, no figure and
    no capitalised word but its first ("Lowland forest beside a brook.", "mangrove")."""
    words = line.split()
    return (
        bool(words)
        and (
            _HABITAT_WORDS.search(line) is not None
            or _COMPOUND_SITE.search(line) is not None  # "loodusniit", "kuusemets"
            # "Sandy banks.", "Open pine woodland": a kind of vegetation or ground
            or _habitat_clause(squash_ws(line).strip(" .,;")) is not None
        )
        and not re.search(r"\d", line)
        and not any(w[:1].isupper() for w in words[1:])
    )


# "Washington County: ca. 3 mi N of ...", "U. S. A., SOUTH DAKOTA: Sample Co., Exampleton": the
# county (and what precedes it on its line) heads the locality; it is a field of its own.
# "Knox Co.: top of ...", "U. S. A., NORTH CAROLINA: Jackson Co., / Highlands": the county (and
# the regions before it) heading the locality; taken off only where that head names nothing but
# regions ("Springdale, Travis Co., Texas": there the county closes a place)
_COUNTY_HEAD = re.compile(
    r"[^\n;]{0,60}?(?<![A-Za-z])(?:County|COUNTY|Co\.|CO\.|Parish|PARISH)\s*[:;,]\s*"
    # "Co. Kerry: ...", the Irish order
    r"|\s*(?:Co\.|CO\.)[ \t]*[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?\s*[:;]\s*"
)
# "..., Pocahontas Co.", "...,\nMercer County": the county closing it; an insect label's last line
# "San Mateo Co." is its locality's own last item and stays.
_COUNTY_TAIL = re.compile(
    r"[,;][ \t]*(?:(?:St\.|[A-Z][\w'’-]*)[ \t]+){1,3}(?:County|COUNTY|Co\.|CO\.|Parish|PARISH)\.?$"
    r"|[,;]\s*(?:(?:St\.|[A-Z][\w'’-]*)[ \t]+){1,3}(?:County|COUNTY|Parish|PARISH)\.?$"
)


# An old Latin name of a region printed at the head of a form's locality ("Archipel. Ind.:",
# "Amer. sept.", "Ins. Ind. or."), data/place_cues.csv role region: keyers leave it out
_OLD_REGION_HEAD = re.compile(r"\s*" + _cue_pattern("region") + r"\s*[:.,;]?\s*")


def _drop_higher_geography(
    text: str, s: int, e: int, regions: Sequence[tuple[int, int, int]], position: int
) -> Span:
    """The locality without the county, state or country that head or close it ("West Virginia:
    top of Example Knob (1190 m.), Knox Co."): keyers give those their own fields."""
    old = _OLD_REGION_HEAD.match(text, s, e)
    if old is not None and sum(ch.isalpha() for ch in text[old.end() : e]) >= 3:
        s = old.end()  # "Archipel. Ind.: Exempla": the printed form's region
    m = _COUNTY_HEAD.match(text, s, e)
    inside = [(rs, re_) for p, rs, re_ in regions if p == position]
    if (
        m is not None
        and sum(ch.isalpha() for ch in text[m.end() : e]) >= 3
        and _only_higher_geography(text, s, m.end(), inside)
    ):
        s = m.end()
    for p, rs, re_ in regions:
        # a state's full name ("West Virginia: top of ..."); "CAL:Napa Co." is one word to
        # the keyers of insect labels, and a country may stay
        if p != position or rs != s or fold(text[rs:re_]) not in states():
            continue
        head = re.match(r"\s*:\s+", text[re_:e])
        if head is not None and sum(ch.isalpha() for ch in text[re_ + head.end() : e]) >= 3:
            s = re_ + head.end()
    tail = _COUNTY_TAIL.search(text, s, e)
    if tail is not None and sum(ch.isalpha() for ch in text[s : tail.start()]) >= 3:
        e = tail.start()
    return s, e


# A line of a locality that stops on a preposition or an article
_UNFINISHED_LINE = re.compile(
    r"(?<![A-Za-z])(?:of|up|to|the|at|on|in|near|from|and|along|above|below|by|with|between)$"
)
# What OCR leaves beside a key whose value is on the next line: nothing, or up to two letters
# or figures ("Location Si", "Location: 1").
_FRAGMENT = re.compile(r"\W*\w{0,2}\W*")


def _keyed_locality(labels: list[Label]) -> list[FieldCandidate]:
    for lab in labels:
        for i, ln in enumerate(lab.lines):
            m = _LOC_KEY.match(ln.text)
            if m is None:
                continue
            s, e, first = ln.start + m.end(), ln.end, i
            if _FRAGMENT.fullmatch(ln.text[m.end() :]):
                # "Location Si / Exemplar Is.; Sampler Islands", "Location: 1 / West Arm ...":
                # a letter or two of OCR noise by the key, the value on the line below
                nxt = lab.lines[i + 1] if i + 1 < len(lab.lines) else None
                if nxt is None or _any_key(nxt.text):
                    continue
                s, e, first = nxt.start, nxt.end, i + 1
                s += len(nxt.text) - len(nxt.text.lstrip())
                if len(nxt.text.strip()) < 2:
                    continue
            for k in range(first + 1, len(lab.lines)):
                nxt = lab.lines[k]
                if (
                    _any_key(nxt.text)
                    or not nxt.text.strip()
                    or is_institution(nxt.text)
                    or _inline_stop(lab.text, s, e) is not None
                    or (_COUNTRY_LINE.fullmatch(nxt.text) and re.search(r"[a-z]", lab.text[s:e]))
                    or _date_alone(nxt.text)
                ):
                    break
                # a value set under its key runs to the next key; a line left unfinished ("Upper
                # end of road up / Mill Creek", "Bachtal, lood- / recht op") runs on to the next
                continues = (
                    first > i
                    or nxt.text[:1].isspace()
                    or lab.lines[k - 1].text.rstrip().endswith((",", "-"))
                    or _UNFINISHED_LINE.search(lab.text[s:e]) is not None
                    or not lab.lines[k - 1].text.rstrip().endswith(".")
                )
                if not continues and not re.match(r"\s*[a-z(]", nxt.text):
                    break
                e = nxt.end
            s = _past_vice_county(lab.text, s, e)
            stop = _inline_stop(lab.text, s, e)
            e = stop if stop is not None else e
            island = _island_above(lab, i)
            value = lab.text[s:e].strip()
            while value and value[-1] in " ,;:\t":
                value = value[:-1]
            end = s + len(value)
            if _STRAY_HEAD.match(value):
                s, value = s + 1, value[1:]
            value = _repaired(value)
            if island is not None:
                # "Insula: Pulau Besar / Loc.: W of Tg. Kecil": the island the form keys above,
                # with its key, as keyers give it ("Insula: Pulau Besar W of Tg. Kecil")
                above = lab.lines[i - 1]
                head = _repaired(lab.text[above.start + _lead(above.text) : island[1]])
                s, value = above.start + _lead(above.text), head + " " + value
            return [candidate(Term.verbatimLocality, value, 0.85, lab, s, end, "locality.keyword")]
    return []


# A line of one word in capitals under a locality written in lower case: the country's name
# printed on the form ("... am Waldrand / NEDERLAND"), a field of its own.
_COUNTRY_LINE = re.compile(r"\s*[A-ZÀ-Þ]{4,}\.?\s*")
# A key in the middle of a locality's line ("Bachtal bei Dorf, leg. K. Muster", "... Alt.: 300 m"):
# the locality ends before it.
_INLINE_STOP = re.compile(
    r"[\s,;]+(?:"
    + _cue_pattern("stop", inline=True)
    + "|"
    + _cue_pattern("habitat", inline=True)
    + r")(?:(?<=\.)|\s?[.:])"
    # a collector's key before the name, with no stop ("... Bachtal legit K. Muster")
    + r"|[\s,;]+"
    + _cue_pattern("stop", inline=True, names=True)
    + r"\s+(?=(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
# A collector's key before a name in the middle of a line ("... Bachtal, leg. K. Muster")
_NAME_STOP = re.compile(
    r"[\s,;]+" + _cue_pattern("stop", inline=True, names=True) + r"\s*(?=(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
# A printed form's island key and its value ("Insula: Pulau Besar", "Island SUMBAWA")
_ISLAND_KEY = re.compile(r"^\s*" + _cue_pattern("island", upper=True) + r"\s*\.?\s*:?\s*")


# A form's key alone on its line, in any language ("Zeehoogte :", "Aard der standplaats:")
_BARE_KEY = re.compile(r"\s*[A-ZÀ-Þ][\w.]*(?:\s+[\w.]+){0,2}\s*:\s*")


# A vice-county's number ("v.c. 12", "VC 23 (Exampleshire)") and the punctuation after it
_VICE_COUNTY = re.compile(
    r"[ \t,;]*(?:v\.\s?c\.|V\.\s?C\.|VC|vc)\s*\d{1,3}[a-z]?[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*[,:;.]?[ \t]*"
)
# a county's name before its vice-county's number ("Exampleshire, v.c. 12, ...")
_COUNTY_NAME = re.compile(r"\s*(?:[A-ZÀ-Þ][\w'’.-]*[ \t]*){1,3}")


def _past_vice_county(text: str, s: int, e: int) -> int:
    """The start of the keyed locality `text[s:e]` past a vice-county that heads it, alone or
    after its county's name ("v.c. 12, Sample Wood", "Exampleshire, v.c. 12: Sample Wood"): the
    vice-county is a field of its own and would end the locality there (`_INLINE_STOP`)."""
    line_end = text.find("\n", s, e)
    line_end = e if line_end < 0 else line_end
    head = _COUNTY_NAME.match(text, s, line_end)
    if head is not None and (_GEO_WORDS.search(head[0]) or _HABITAT_WORDS.search(head[0])):
        head = None  # "Beeby Wood, v.c. 12, near the church": a place before the number
    for at in (s, head.end() if head is not None else s):
        vc = _VICE_COUNTY.match(text, at, line_end)
        if vc is not None and sum(ch.isalpha() for ch in text[vc.end() : line_end]) >= 3:
            return vc.end()
    return s


# A line naming a county by its name and vice-county's number and nothing else ("Exampleshire,
# v.c. 99", "v.c. 99 Exampleshire", "VC 12 (Exampleshire)")
_VICE_COUNTY_LINE = re.compile(
    r"[^\w\n]*(?:(?:[A-ZÀ-Þ][\w'’.-]*[ \t]*){1,3}[,:;]?[ \t]*)?"
    + _VICE_COUNTY.pattern
    + r"(?:(?:[A-ZÀ-Þ][\w'’.-]*[ \t]*){1,3})?[\W]*"
)


def _past_vice_county_line(text: str, s: int, e: int) -> int:
    """The start of the unkeyed locality `text[s:e]` past its first line when that names only
    the county and its vice-county ("Exampleshire, v.c. 99 / Sampleton Moss"): the vice-county
    is a field of its own, as in a keyed locality (`_past_vice_county`)."""
    nl = text.find("\n", s, e)
    if nl < 0 or not _VICE_COUNTY_LINE.fullmatch(text, s, nl):
        return s
    rest = nl + 1
    while rest < e and text[rest].isspace():
        rest += 1
    return rest if sum(ch.isalpha() for ch in text[rest:e]) >= 3 else s


def _date_alone(line: str) -> bool:
    """Whether `line` is a date and nothing else ("12 May 1950", "17. 8. 1979", "Juillet 1838")."""
    if _DATE_LINE.search(line) is None:
        return False
    rest = _MONTH_WORD.sub(" ", _DATE_LINE.sub(" ", line))
    return sum(ch.isalpha() for ch in rest) < 3


def _any_key(line: str) -> bool:
    """Whether `line` opens with a key: the locality's, the habitat's, one that ends a locality,
    or a form's key of any kind alone on its line."""
    return any(k.match(line) for k in (_OTHER_KEY, _LOC_KEY, _HAB_KEY)) or bool(
        _BARE_KEY.fullmatch(line)
    )


def _inline_stop(text: str, s: int, e: int) -> int | None:
    """Where a key in the middle of the locality `text[s:e]` ends it (see `_INLINE_STOP`)."""
    m = _INLINE_STOP.search(text, s, e)
    return m.start() if m is not None and m.start() > s else None


def _lead(text: str) -> int:
    """How many blanks open `text`."""
    return len(text) - len(text.lstrip())


def _island_above(lab: Label, i: int) -> Span | None:
    """The value of an island key on the line above the locality's key at line `i`."""
    if i == 0:
        return None
    above = lab.lines[i - 1]
    m = _ISLAND_KEY.match(above.text)
    if m is None:
        return None
    s, e = above.start + m.end(), above.end
    while e > s and lab.text[e - 1] in " ,;:.\t":
        e -= 1
    return (s, e) if sum(ch.isalpha() for ch in lab.text[s:e]) >= 3 else None


def _habitat_as_place(labels: list[Label], *, vegetation: bool = False) -> list[FieldCandidate]:
    """On a label with no locality key, an old label's "Hab." ("habitat", where it grows) that
    names a place: a preposition of place before a name ("Hab. in Insula Nova", "Hab. langs de
    dijk te Stad", "Habitat prope Villanova"), not a kind of vegetation; with `vegetation` (no
    block of the label reads as a place) one naming the vegetation too ("Hab. in pratis prope
    Exempla"), at a lower confidence."""
    for lab in labels:
        for ln in lab.lines:
            m = _HAB_KEY.match(ln.text)
            if m is None or not re.match(r"(?i:hab)", ln.text.lstrip()):
                continue
            value = ln.text[m.end() :].strip(" ,;:\t")
            placed = _PLACE_PREPOSITION.search(value) or re.match(
                r"(?:in|In)\s+(?:[a-z]+\s+){0,2}[A-ZÀ-Þ][a-zà-ÿ]{2,}", value
            )
            vegetal = _HABITAT_WORDS.search(value) is not None
            if vegetation and placed is None and _names_place(value):
                vegetal = True  # "Hab. Beeby Hills, Exampleland": an old label's place, unkeyed
            elif placed is None or vegetal != vegetation:
                continue
            s = ln.start + m.end() + len(ln.text[m.end() :]) - len(ln.text[m.end() :].lstrip())
            e = s + len(value)
            conf = 0.5 if vegetal else 0.6
            return [
                candidate(Term.verbatimLocality, value, conf, lab, s, e, "locality.habitat_key")
            ]
    return []


def _names_place(value: str) -> bool:
    """Whether a "Hab." value opens with a place's name rather than the vegetation: capitalised,
    a word of place or names listed in it ("Beeby Hills, Exampleland"), no habitat's word."""
    return (
        value[:1].isupper()
        and _HABITAT_WORDS.search(value) is None
        and _habitat_clause(squash_ws(value).strip(" .,;")) is None
        and (_place_score(value) > 0 or _names_listed(value))
    )


# A letter the OCR read from a mark glued before the value's first word ("yFisherman's cove").
_STRAY_HEAD = re.compile(r"[a-z](?=[A-Z][a-z])")
# Same-place slips of the OCR in the words of a place: a space read as "_" ("WEST_INDIES"), an
# "l" read as "1" or "|" between lower-case letters ("Quebradi1las").
_UNDERSCORE = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_DIGIT_L = re.compile(r"(?<=[a-z])[1|]+(?=[a-z])")
# a hyphen set apart between the words of one name ("Exempel - Kar", "St - Aubin")
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_])[ \t]+-[ \t]+(?=[^\W\d_])")


def _repaired(value: str) -> str:
    value = _UNDERSCORE.sub(" ", _SPACED_HYPHEN.sub("-", value))
    value = _SPACED_STOP.sub("", _SPACED_BRACKET.sub(r"\1", value))
    return _DIGIT_L.sub(lambda m: "l" * len(m.group(0)), value)


# punctuation set apart by a transcriber's or the OCR's spacing ("Java .", "Tg . Parat",
# "( Beispieleiland )"): the place as it is printed
_SPACED_STOP = re.compile(r"[ \t]+(?=[.,;:!?](?:\s|$))|(?<=\w)[ \t]+(?=\.\w)")
_SPACED_BRACKET = re.compile(r"(\()[ \t]+|[ \t]+(?=\))")


_HAB_KEY = re.compile(
    # a printed form's key with its value glued to it by the OCR ("Substratumgranite")
    r"^\s*(?:" + _cue_pattern("habitat") + r"|Substrat(?:um|e))\s*\.?\s*:?\s*",
    re.IGNORECASE,
)


# The key after a sentence on the line ("Rocky Point park. Habitat: open pine woods"); a key
# inside a sentence would be a word of it.
_HAB_KEY_INLINE = re.compile(r"(?<=[.;])\s+(?:Habitat|HABITAT|Hab\.)\s*:\s*")
# The associated species' key closing a habitat's sentence ("... openings. With: ..."): the
# list is associatedTaxa, not the habitat.
_ASSOCIATES_KEY = re.compile(r"[.;]\s*(?:With|Assoc\w*\.?(?:\s+(?:spp|species|taxa)\.?)?)\s*:")


def habitat_lines(label: Label) -> set[int]:
    """Positions in `label.lines` of a keyed habitat field ("Habitat: / Dryas exempla -
    Betula nana / heath"), its key line and the lines it runs over, up to the next key."""
    out: set[int] = set()
    for i, ln in enumerate(label.lines):
        if _HAB_KEY.match(ln.text) is None:
            continue
        out.add(i)
        for j in range(i + 1, min(i + 4, len(label.lines))):
            nxt = label.lines[j].text
            if _OTHER_KEY.match(nxt) or _LOC_KEY.match(nxt) or _HAB_KEY.match(nxt):
                break
            out.add(j)
    return out


def habitat_candidates(
    labels: list[Label], locality: FieldCandidate | None
) -> list[FieldCandidate]:
    placed = locality.evidence if locality is not None else None
    if placed is not None and placed.rule != "locality.habitat_key":
        placed = None
    for lab in labels:
        for i, ln in enumerate(lab.lines):
            m = _HAB_KEY.match(ln.text) or _HAB_KEY_INLINE.search(ln.text)
            if m is None:
                continue
            if (
                placed is not None
                and placed.label == lab.position
                and placed.start is not None
                and ln.start <= placed.start < ln.end
            ):
                continue  # "Hab. Exampleshire: Sampleton Glen": the old label's place, taken
            if len(ln.text.strip()) - m.end() < 2:
                # The key alone on its line, as OCR reads a form's columns: the value is on the
                # lines below it, up to the next key or a blank line ("Habitat: / Mountain ridge").
                lines = []
                for nxt in lab.lines[i + 1 : i + 7]:
                    if not nxt.text.strip() or any(
                        k.match(nxt.text) for k in (_OTHER_KEY, _LOC_KEY, _HAB_KEY)
                    ):
                        break
                    lines.append(nxt)
                if not lines:
                    continue
                s = lines[0].start + len(lines[0].text) - len(lines[0].text.lstrip())
                e = lines[-1].end
                value = squash_ws(lab.text[s:e])
                return [candidate(Term.habitat, value, 0.7, lab, s, e, "habitat.keyword_above")]
            s, e = ln.start + m.end(), ln.end
            for j in range(i + 1, len(lab.lines)):
                nxt = lab.lines[j]
                if (
                    not (nxt.text[:1].isspace() or _carries_on(lab.lines[j - 1].text, nxt.text))
                    or _OTHER_KEY.match(nxt.text)
                    or _LOC_KEY.match(nxt.text)
                ):
                    break
                e = nxt.end
            cut = _ASSOCIATES_KEY.search(lab.text, s, e)
            e = cut.start() + 1 if cut is not None else e
            value = re.sub(r"[ \t]+", " ", lab.text[s:e]).strip()
            return [candidate(Term.habitat, value, 0.8, lab, s, e, "habitat.keyword")]
    for lab in labels:
        for i, ln in enumerate(lab.lines):
            if _ON.match(ln.text) and not is_institution(ln.text):
                s, e = ln.start + len(ln.text) - len(ln.text.lstrip()), ln.end
                if locality is not None and locality.evidence.rule == "locality.after_substrate":
                    # the place read after the substrate's comma is not the habitat's
                    e = ln.start + ln.text.find(",")
                    return [
                        candidate(Term.habitat, lab.text[s:e].strip(), 0.6, lab, s, e, "habitat.on")
                    ]
                # The host plant wraps over the label's remaining short lines.
                for nxt in lab.lines[i + 1 :]:
                    if re.search(r"\d|Det\b|Coll", nxt.text):
                        break
                    e = nxt.end
                return [
                    candidate(Term.habitat, lab.text[s:e].strip(), 0.6, lab, s, e, "habitat.on")
                ]
    if locality is not None and locality.evidence.end is not None:
        found = label_of(labels, locality.evidence)
        if found is not None:
            lab = found
            end = locality.evidence.end
            rest = lab.text[end : lab.line_at(end).end]
            block_end = lab.line_at(end).end
            i = lab.line_no(end) + 1
            while (
                i < len(lab.lines)
                and lab.lines[i].text.strip()
                and not re.search(r"\d{4}", lab.lines[i].text)
            ):
                block_end = lab.lines[i].end
                i += 1
            rest = lab.text[end:block_end]
            below = _habitat_below(lab, end)
            if below is not None:
                return [below]
            m = re.match(r"\s*;\s*", rest)
            if (
                m
                and len(rest.strip()) > 5
                and not _NAME_LIST.match(rest, m.end())
                # "niit; 12.VI.1956; K. Muster": the date and the collector, no habitat
                and not re.match(r"[^\w\n]*\d", rest[m.end() :])
            ):
                s = end + m.end()
                return [
                    candidate(
                        Term.habitat,
                        lab.text[s:block_end].strip(),
                        0.5,
                        lab,
                        s,
                        block_end,
                        "habitat.after_locality",
                    )
                ]
    return _habitat_phrase(labels)


def _habitat_below(lab: Label, end: int) -> FieldCandidate | None:
    """The line under the locality that ends at `end` when it describes the site
    (`_habitat_line`: "Exampleton, Sample Hill / Maquis sur éboulis."), the locality's block
    having left it out (`_trim`)."""
    i = lab.line_no(end) + 1
    if lab.line_at(end).end > end + 1 or i >= len(lab.lines):
        return None
    ln = lab.lines[i]
    if not _habitat_line(ln.text) or _DESCRIPTION.match(ln.text):
        return None
    s = ln.start + _lead(ln.text)
    return candidate(Term.habitat, ln.text.strip(), 0.5, lab, s, ln.end, "habitat.below_locality")


# A list of plant names ("Pinus monophylla, Juniperus osteosperma, ..."): the associated taxa.
_NAME_LIST = re.compile(r"[A-Z][a-z]+ [a-z]{3,}[^,;]{0,30}[,;]\s*[A-Z][a-z]+ [a-z]{3,}")
# Unkeyed, the habitat is a short phrase that names a kind of vegetation or ground, its head word
# last: "Lower montane rainforest", "riparian forest", "Riparian/desert scrub", "Grassland", "edge
# of forest". A capitalised head inside the phrase is a proper name ("Salmon National Forest").
_HABITAT_HEAD = (
    r"(?:forest|rain\s?forest|woodlands?|woods|scrub|scrubland|shrubland|grassland|prairie|"
    r"meadow|savann?ah?|zone|marsh|swamp|bog|fen|tundra|thicket|chaparral|pasture|wetland|"
    r"hammock|steppe|heath|barrens|pinelands?|flatwoods|glades?|dunes|slopes?|bluffs?|banks?|"
    r"hillsides?)"
)
_HABITAT_PHRASE = re.compile(
    r"(?:(?:scattered|common|frequent|occasional|abundant|rare|locally\s+common)\s+)?"
    r"(?:(?:in|on|at|along)\s+(?:the\s+)?)?"
    rf"(?P<h>(?:(?:edges?|margins?|borders?)\s+of\s+(?:the\s+)?)?(?:[\w/-]+\s+){{0,4}}{_HABITAT_HEAD}"
    r"(?:\s+(?:edges?|margins?|openings?|clearings?))?)",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^.;,()\n]+")


# The words a capitalised phrase may open with: "Lower montane rainforest", "Mixed pine woods"; a
# capitalised word of another kind names the place ("Miranda pasture").
_HABITAT_ADJECTIVE = re.compile(
    r"(?:lower|upper|mixed|open|dense|dry|moist|wet|mesic|xeric|riparian|tropical|secondary|"
    r"primary|old|low|high|disturbed|sandy|rocky|deciduous|evergreen|montane|alpine|subalpine|"
    r"coastal|boggy|swampy|marshy|oak|pine|hardwood|conifer|coniferous|cloud|scrubby|grassy|"
    r"sparse|degraded|burned|burnt|wooded|upland|lowland|gallery|second-growth|mature|steep|"
    r"shaded|shady|ravine|hemlock|[nsew]-facing|north-facing|south-facing|east-facing|"
    r"west-facing)",
    re.IGNORECASE,
)


def _habitat_clause(text: str) -> re.Match[str] | None:
    """`text`, one clause, as a habitat phrase (see `_HABITAT_PHRASE`), or None."""
    m = _HABITAT_PHRASE.fullmatch(text)
    if m is None or re.search(r"\d", text):
        return None
    words = m.group("h").split()
    if len(words) > 6 or (len(words) == 1 and not words[0][:1].isupper()):
        return None  # a bare "forest" is the tail of a phrase broken over lines
    if any(w[:1].isupper() for w in words[1:]):
        return None  # "Salmon National Forest": a proper name
    first = re.split(r"[/-]", words[0])[0]  # "Riparian/desert scrub"
    if (
        (len(words) > 1 or first != words[0])
        and first[:1].isupper()
        and not _HABITAT_ADJECTIVE.fullmatch(first)
    ):
        return None
    if any(g.lower() not in ("forest", "area") for g in _GEO_WORDS.findall(m.group("h"))):
        return None
    return m


def _habitat_phrase(labels: list[Label]) -> list[FieldCandidate]:
    """The first clause that reads as a habitat phrase (`_habitat_clause`) on a line that does not
    carry on the sentence of the line above, nor names an institution or a key."""
    for lab in labels:
        inst = lab.institution
        for i, ln in enumerate(lab.lines):
            if inst[i] or is_header(ln.text) or _OTHER_KEY.match(ln.text):
                continue
            prev = lab.lines[i - 1].text.split() if i > 0 else []
            if prev and prev[-1][:1].islower() and ln.text.lstrip()[:1].islower():
                continue  # "Old secondary / lowland rain forest."
            for c in _CLAUSE.finditer(ln.text):
                clause = c.group(0).strip()
                m = _habitat_clause(clause)
                if m is None:
                    continue
                at = c.start() + c.group(0).index(clause)
                if len(m.group("h").split()) == 1 and not re.search(
                    r"(?:^|\w{3,}[.;:,])\s*$", ln.text[:at]
                ):
                    continue  # "K. L. Marsh": a name after initials
                s = ln.start + at + m.start("h")
                e = s + len(m.group("h"))
                return [candidate(Term.habitat, lab.text[s:e], 0.45, lab, s, e, "habitat.phrase")]
    return []


# "Mun Hatillo.", "Municipio de San Lorenzo", "Mpio. Exemplo": the word is only ever a keyword,
# and the name that follows runs to the next punctuation.
_MUNICIPALITY = re.compile(
    r"(?<![\w])(?:Municipio|MUNICIPIO|Municipality|MUNICIPALITY|Mpio|MPIO|Mun|MUN)\b\.?:?\s*"
    r"(?:(?:de|of)\s+)?"
    r"(?P<n>(?:St\.\s|[A-ZÀ-Þ][\w'’-]*)(?:\s(?:de\s|del\s|la\s|las\s|los\s)?[A-ZÀ-Þ][\w'’-]*){0,3})"
)


def municipality_candidates(labels: list[Label]) -> list[FieldCandidate]:
    for lab in labels:
        for m in _MUNICIPALITY.finditer(lab.flat):
            if is_institution(lab.line_at(m.start()).text):
                continue
            s, e = m.start("n"), m.end("n")
            value = lab.flat[s:e]
            return [candidate(Term.municipality, value, 0.8, lab, s, e, "municipality.keyword")]
    return []
