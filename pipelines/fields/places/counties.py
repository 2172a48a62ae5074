"""The county (`county_candidates`): a name before or after "Co."/"County"/"Parish", checked
against the state's counties when the state is known, or a county of the state found by its
name."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from rapidfuzz.distance import Levenshtein

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.geo import fold, states, us_counties
from pipelines.fields.places.higher_geography import is_state
from pipelines.fields.places.repairs import capitals_mended
from pipelines.fields.regions.mentions import find_hits
from pipelines.fields.text import Label, candidate, is_header, is_institution
from pipelines.fields.vicecounty import irish_county_after, is_british_county

_COUNTY = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=Co\.))(?P<k>County|COUNTY|Co\.|co\.|CO\.|Parish|PARISH|Dist\.|District"
    # "Co." with its C read as a G, its o as a zero or its full stop as a comma ("Inyo Go. Cal.",
    # "Sampla C0.", "San Diego Co,"):
    # only after a name (checked below)
    r"|(?<=[a-z]\s)(?:Go\.|Co,|C0\.)"
    # or its stop lost where "Co" closes the line ("..., Sample Hill, Probe Co"; not "CO", a
    # state's code)
    r"|(?<=[a-z]\s)Co(?=[ \t]*(?:\n|$)))"
    r"(?!\s*(?:Rd|Road|Hwy|Highway|Line)\b)"
)
_NAME_WORD = re.compile(r"(?:St\.|ST\.|Sta\.|Ste\.|Mt\.|[A-ZÀ-Þ][\w'’.-]*)$")


def _words_before(text: str) -> str:
    """Trailing capitalised words of `text`: "CALIF:Humboldt " -> "Humboldt"."""
    # (a possessive's "s" is its name's: "Queen's Co.", "King's County")
    tail = re.split(r"[,:;()\d]|(?<!['’])\b[a-z]+\b\.?", text)[-1]
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


# A doubt (pipelines.confidence.DOUBTS): a county none of its US state's counties is
COUNTY_NOT_IN_STATE = "county_not_in_state"


def county_candidates(labels: list[Label], state: str | None = None) -> list[FieldCandidate]:
    """The county: a name before "Co."/"County"/"Parish" (or after "Co." or "County").

    With a US state known (the record's stateProvince), the name is checked against the state's
    counties (geo.us_counties): a name printed abbreviated ("S. Bern. Co.") is written out, as
    Darwin Core asks ("the full, unabbreviated name"), a name read with a slip or two ("Lamder
    Co.", Nevada) is mended to the one county it can be, and a county's name before a keyword the
    OCR garbled ("San Mateo Co .", "San Mateo / Co Woodside") is found by the name itself.
    """
    state = _state_named(state)
    counties = us_counties().get(state or "")
    found = _county_by_keyword(labels)
    if found is not None and counties:
        return [_as_known(found, counties)]
    if found is not None:
        # with no state to check it against, a name no county table knows ("Co. Zapplewood") is
        # doubted, where the sheet names no land but those whose counties the tables hold (a
        # county of Taiwan's, "Exampla County", is its country's)
        if not state and not _placed(found.value) and not _abroad(labels):
            found = found.model_copy(update={"flags": [*found.flags, COUNTY_NOT_IN_STATE]})
        return [found]
    return _county_by_name(labels, _county_names(state)) if state and counties else []


@cache
def _known_counties() -> frozenset[str]:
    """Every US county, parish and borough (geo.us_counties), folded, whatever its state."""
    return frozenset(k for table in us_counties().values() for k in table)


def _placed(name: str) -> bool:
    """Whether a stateless county's `name` is a county some table knows: a US one
    (`_known_counties`: "Cook", "Plaquemines Parish"), or Britain's or Ireland's as labels write
    them (vicecounty.is_british_county: "Kerry", "Durham")."""
    bare = _KIND_SUFFIX.sub("", name)
    return fold(bare) in _known_counties() or is_british_county(bare)


# the countries whose counties the tables hold: the United States' (geo.us_counties), Britain's
# and Ireland's (vicecounty)
_TABLED = frozenset({"US", "GB", "IE"})


def _abroad(labels: list[Label]) -> bool:
    """Whether the labels name a country or a state of a country whose counties no table holds."""
    return any(h.code and h.code not in _TABLED for h in find_hits(labels))


def _state_named(state: str | None) -> str | None:
    """The US state as the county table spells it, from its name in any case ("NEW YORK"): the
    states' index of folded names (geo.states) gives its printed name."""
    if not state:
        return None
    return next((e.name for e in states().get(fold(state), []) if e.code == "US"), state)


def _county_by_keyword(labels: list[Label]) -> FieldCandidate | None:
    for lab in labels:
        # (its capitals' letters the OCR read as figures mended: "SAMPLE C0UNTY:")
        text = capitals_mended(lab.text)
        for m in _COUNTY.finditer(text):
            line = lab.line_at(m.start())
            if is_institution(line.text):
                continue
            before = text[max(line.start, m.start() - 80) : m.start()]
            name = _words_before(before)
            key = _FORM_KEY.match(name)
            if key:
                name = name[key.end() :]  # "Locality Avery County"
            if _STATE_KEY.match(name):
                name = ""  # "State NC County Wake": a form's state key and its value
            name = _without_state(name)
            column = re.search(r"(?:^|\s{2,}|\t)$", before) or (
                is_state(name) and is_header(text[line.start : m.start()])
            )
            if _COLUMN_KEY.match(text, m.end()) and column:
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
                    ends = re.match(r"\s*(?:[,;]|$)", text[m.end() : line.end])
                    name = _words_before(prev.text) if ":" in prev.text or ends else ""
                    start = prev.start + prev.text.rfind(name) if name else start
            kind = m.group("k").lower()
            irish = irish_county_after(text, m.end()) if kind in ("co.", "co,") else None
            if irish is not None:
                # "Sampleby. Co. Kerry": the Irish form, its county after the key
                value, s, e, mended = irish
                flags = ["ocr_repaired", "unsure_reading"] if mended else []
                return candidate(Term.county, value, 0.8, lab, s, e, "county.keyword", flags)
            if len(name.strip()) <= 2:
                name = ""  # "A COUNTY": a word the OCR split, no county's name ("S.B." is one)
            if not name and kind in ("go.", "co,", "c0."):
                continue
            if not name:
                # "Co. Cocke", "County Kenora Dist.": the name follows the keyword.
                after = re.match(
                    r"[\s:]*((?:(?!"
                    + _NEXT_KEY
                    # the name's words on the keyword's line ("Co. Cocke / Loc. Gray Ledges")
                    + r")(?:St\.|[A-ZÀ-Þ][\w'’-]*)[ \t]?){1,3}(?:Dist\.)?)",
                    text[m.end() : m.end() + 80],
                )
                if after is None or kind.startswith("dist") or len(after.group(1).strip()) <= 2:
                    continue  # (an initial on the line below is no county's name)
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


def _without_state(name: str) -> str:
    """The county's name without a state's name before it, from a header or a run-on line
    ("Flora of Arizona Cochise County", "PLANTS OF TEXAS Brewster County"); a county named like a
    state ("Texas County", "Washington Co.") keeps its name."""
    words = name.split()
    for k in (3, 2, 1):  # "District of Columbia", "New Hampshire", "Texas"
        if len(words) > k and is_state(" ".join(words[:k])):
            return " ".join(words[k:])
    if len(words) > 1 and words[0].endswith(".") and _state_abbreviation(words[0]):
        return " ".join(words[1:])  # "CAL. Exampla Co.", "Tenn. Sample Co.": as printed
    return name


def _state_abbreviation(word: str) -> bool:
    """Whether `word` is a state's abbreviation with its full stop as labels print it ("Calif.",
    "TENN.", "CAL."), in capitals or not."""
    table = states()
    return any(e.abbreviation for e in table.get(word, []) + table.get(word.title(), []))


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
        if _INITIALS.fullmatch(name):
            # "S.B. Co.", California: San Bernardino or Santa Barbara, which the initials
            # alone do not say
            return found.model_copy(update={"flags": [*found.flags, "initials_only"]})
        # none of the state's counties, nor a slip or an abbreviation of one: the county or the
        # state was misread, or a township or a place was read as the county
        return found.model_copy(update={"flags": [*found.flags, COUNTY_NOT_IN_STATE]})
    value = full + (suffix.group(0) if suffix else "")
    return found.model_copy(update={"value": value, "flags": [*found.flags, flag]})


# A county's name given by its initials alone ("S.B.", "S. L. O.")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,4}")


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
