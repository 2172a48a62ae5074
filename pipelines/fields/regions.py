"""Country, state/province and county, from names and abbreviations printed on the label.

Institution lines are skipped ("NEW YORK BOTANICAL GARDEN" is not where a Bahamian plant grew).
Where both a country and a US territory are printed ("USA, Puerto Rico") the territory is the
country. Where no country is printed, the state implies it ("Ariz." -> United States).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.geo import (
    PLACE_NOUNS,
    US_TERRITORIES,
    CountryName,
    countries,
    country_abbreviations,
    country_name,
    country_names,
    fold,
    fold_same_length,
    name_key,
    postal_state,
    states,
)
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.subdivisions import best_subdivision, find_subdivisions
from pipelines.fields.text import COUNTY_KEY, Label, candidate, is_header


@dataclass
class Hit:
    label: Label
    start: int
    end: int
    kind: str  # country | state
    code: str  # country code
    name: str  # canonical name
    abbreviation: bool
    fuzzy: bool = False  # a misread name on a collection header ("LICHENS OF MICHIGAIN")
    # the name may stand for another country than its own: a colony named after it ("Brit.
    # Cameroons"), a US state of the same name ("Georgia") on a label that says nothing else
    judged: bool = False
    # what a country's printed name says (historical name, region, language); None for an
    # abbreviation or a state
    entry: CountryName | None = None

    @property
    def text(self) -> str:
        return self.label.text[self.start : self.end]


def _name_pattern(names: list[str]) -> re.Pattern[str]:
    alts = sorted(names, key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace(r"\.", r"\.\s?") for n in alts)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


_Node = dict[str, "_Node"]


def _trie(words: list[str], piece: dict[str, str]) -> str:
    """One regex for many literal words, as a trie (a plain alternation of thousands of names is
    tried word by word at every offset); the longer word is tried first. `piece` gives the regex
    of a character that is not matched literally."""
    root: _Node = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        alts = [piece.get(ch, re.escape(ch)) + emit(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?" if len(alts) == 1 else body + "?"
        return body

    return emit(root)


@cache
def _country_names() -> re.Pattern[str]:
    """Every country name of `country_names` (folded), in the folded label text: a space matches
    spaces or a hyphen, a full stop may have a space on either side ("Ned . Indië")."""
    # "u.s.", "mex.": the full stop is part of the name; those are abbreviations, whose case
    # counts, matched by _country_abbreviations
    names = [k for k, v in country_names().items() if not (k.endswith(".") and v.kind == "name")]
    body = _trie(sorted(names), {" ": r"[\s-]+", ".": r"\s?\.\s?", "'": "['’]"})
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){2,}[A-Z]?$")


def _country_abbreviation_code(printed: str) -> str:
    """ "U. S. A." -> "US", "U-S-A-" -> "US", "Rep.Dominicana" -> "DO"."""
    return _abbreviation_codes()[_spaceless(printed)]


def _spaceless(printed: str) -> str:
    """The key the pattern's matches and the table's forms share: spaces dropped (the pattern
    lets them go), an initial's hyphen read as its full stop."""
    return re.sub(r"\s+", "", printed).replace("-", ".")


@cache
def _abbreviation_codes() -> dict[str, str]:
    return {_spaceless(a): code for a, code in country_abbreviations().items()}


@cache
def _country_abbreviations() -> re.Pattern[str]:
    alts = sorted(country_abbreviations(), key=len, reverse=True)
    # initials' full stops read as hyphens ("U-S-A-")
    body = "|".join(
        re.escape(a)
        .replace(r"\ ", r"\s?")
        .replace(r"\.", r"[.\-]" if _INITIALS.match(a) else r"\.")
        for a in alts
    )
    # Not inside an abbreviation ("U.S.A.", "N.Mex."), but after a state's abbreviation whose
    # space the OCR lost ("Mich.Mex.", "Nay.Mex."): two letters and a full stop before it.
    return re.compile(rf"(?:(?<![\w.])|(?<=[A-Za-z]{{2}}\.))(?:{body})(?![\w])")


@cache
def _state_names() -> re.Pattern[str]:
    return _name_pattern([k for k, v in states().items() if not v[0].abbreviation])


@cache
def _state_abbreviations() -> re.Pattern[str]:
    alts: list[str] = []
    for key, entries in states().items():
        if not entries[0].abbreviation:
            continue
        for form in {key, key.upper()}:
            esc = re.escape(form).replace(r"\.", r"\.\s?").replace(r"\ ", r"\s?")
            core = re.sub(r"[^A-Za-z]", "", form)
            if form.endswith(":"):
                # a postal code's first capital read in lower case ("cA:Ah-Pah Cr.")
                alts.append(f"[{form[0]}{form[0].lower()}]" + esc[1:].replace(":", r"\s?:"))
            elif len(core) >= 4:
                # "Calif", "ARIZ": long abbreviations are often printed without the dot.
                alts.append(esc.removesuffix(r"\.\s?") + r"(?:\.|(?![A-Za-z0-9-]))")
                if form.isupper():
                    # spaces lost on both sides between a date and an elevation ("59ARIZ5000'")
                    alts.append(r"(?<=\d)" + esc.removesuffix(r"\.\s?") + r"(?=\d)")
            else:
                alts.append(esc.removesuffix(r"\.\s?") + r"(?:\.|(?=\s?[:,;]|[ \t]*$))")
    alts.sort(key=len, reverse=True)
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(alts)})", re.MULTILINE)


# "Glory of Russia Cape", "Mexico Beach", "Jordan Pond trail": a country's name inside a place name
_PLACE_AFTER = re.compile(
    rf"^\s(?:{PLACE_NOUNS}|Cape|Point|Street|Hill|Trail|Peak|Bridge|Marsh|Brook|Run)\b"
    # "Jersey Co., Ill.", "Guernsey County, Ohio", "Scotland Co., Mo.": a US county's name
    r"|^\s(?:Co\.|County|Parish|Twp\.?|Township)(?!\w)",
    re.IGNORECASE,
)
# "HERBIER DE FRANCE", "Herbier du Brésil (Mr Muster 1840)", "Herbarium of Ceylon": a herbarium
# named after the country its plants come from (an institution's line otherwise says nothing of
# where the specimen grew)
_HERBARIUM_OF_COUNTRY = re.compile(
    r"^\W*(?:herbier|herbarium|herbario)\s+(?:de\s+la\s+|de\s+l['’]\s?|du\s+|de\s+|des\s+|of\s+"
    r"(?:the\s+)?)$",
    re.IGNORECASE,
)
# "Herbier de A. Muster", "Herbarium of the Westmark Academy": a herbarium's name complete on its
# line, opening with the institution's word and what it is of
_NAME_OF = re.compile(
    r"^\W*(?:herbier|herbarium|herbario|herbar|museum|mus[ée]um|museo)\s+"
    r"(?:of|de|du|des|der|van|von|d['’])\b",
    re.IGNORECASE,
)


def _herbarium_country(lab: Label, start: int, end: int) -> bool:
    """A country's name on a line taken for a herbarium's that names where the plants come from:
    the herbarium named after the country ("HERBIER DE FRANCE", see `_HERBARIUM_OF_COUNTRY`), or
    the country alone on its line above a herbarium's complete name ("BRESIL / Herbier de A.
    Muster", not the first part of the name as in "Lakeside / Botanic Garden")."""
    line = lab.line_at(start)
    if _HERBARIUM_OF_COUNTRY.search(lab.text[line.start : start]):
        return True
    no = lab.line_no(start)
    return (
        not lab.text[line.start : start].strip(" \t")
        and not lab.text[end : line.end].strip(" \t.")
        and no + 1 < len(lab.lines)
        and _NAME_OF.match(lab.lines[no + 1].text) is not None
    )


# "Brit. Cameroons", "Fr. Sample": a colonial word before a country's name the tables do not hold
# with it (historical_countries.csv and its abbreviated forms hold "Brit. Honduras"): the colony
# may be another country than the name's
_COLONY_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:Brit|Br|Fr|Port|Span|Sp|Germ|Belg|Ital|Neth|Ned)\.|(?:British|French|"
    r"Portuguese|Spanish|German|Belgian|Italian|Dutch|Deutsch|Britisch|Französisch)\b)[\s-]+$",
    re.IGNORECASE,
)
# "mi W of Little Switzerland": a town named after a country
_PLACE_BEFORE = re.compile(r"\b(?:Little|LITTLE|Grand|GRAND)\s+$")
# a country's name in another language that is an English place noun: after a capitalised word
# it ends a place's name ("Sample Chine", a ravine of the Isle of Wight and Dorset; French "Chine"
# is China)
_ENGLISH_NOUNS = frozenset({"chine"})
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]+$")
_NOT_A_STATE_AFTER = re.compile(
    # "Ontario / Lakehead University": a word, not the start of one; in the same column ("State
    # North Carolina / County Yancey", "State\tNorth Carolina\tCounty\tYancey" are forms' keys)
    r"^ {0,2}(?:County|Co\.|Parish|Highway|Hwy|Road|Rd|Street|St\.|Ave|River|Lake|Island|City|Is\.)"
    r"(?!\w)",
    re.IGNORECASE,
)

# "State South Dakota County Sample": the form's key says what the name is
_STATE_KEY_BEFORE = re.compile(r"\b(?:State|STATE|Estado|ESTADO)\s*:?\s*$")
# "State NC County Wake": a postal code as the value of a form's "State" key
_POSTAL_AFTER_STATE_KEY = re.compile(
    r"(?<![A-Za-z])(?:State|STATE)\s*:?[ \t]+(?P<r>[A-Z]{2})(?![A-Za-z0-9])"
)
# "Flora of KANSAS County: NEBRASKA"-like form lines: a state's name after a county key with its
# colon is the county's name (Mississippi, Texas, Washington counties), when the label names
# another state
_COUNTY_KEY_BEFORE = re.compile(r"(?<![A-Za-z])(?:County|COUNTY|Co\.|CO\.)\s*:\s*$")


def find_hits(labels: list[Label]) -> list[Hit]:
    hits: list[Hit] = []
    county_named: list[Hit] = []  # a state's name after "County:"
    for lab in labels:
        folded = fold_same_length(lab.text)
        skip = skipped_lines(lab)

        def ok(s: int, lab: Label = lab, skip: list[bool] = skip) -> bool:
            return not skip[lab.line_no(s)]

        for m in _country_abbreviations().finditer(lab.text):
            if ok(m.start()) and not _TITLE_BEFORE.search(
                lab.text[max(0, m.start() - 8) : m.start()]
            ):
                code = _country_abbreviation_code(m.group(0))
                hits.append(Hit(lab, m.start(), m.end(), "country", code, country_name(code), True))
        for m in _country_names().finditer(folded):
            if _PLACE_AFTER.match(lab.text[m.end() : m.end() + 40]) or _PLACE_BEFORE.search(
                lab.text[max(0, m.start() - 10) : m.start()]
            ):
                continue
            entry = country_names().get(name_key(m.group(0)))
            if entry is None or not lab.text[m.start()].isupper():
                continue
            if fold(m.group(0)) in _ENGLISH_NOUNS and _NAME_BEFORE.search(
                lab.text[max(0, m.start() - 20) : m.start()]
            ):
                continue
            if not ok(m.start()) and not _herbarium_country(lab, m.start(), m.end()):
                continue
            if _not_a_country(lab, m.start(), m.end()):
                continue
            code = entry.code
            name = country_name(code) if code else ""
            colony = _COLONY_BEFORE.search(lab.text[max(0, m.start() - 12) : m.start()])
            hits.append(
                Hit(
                    lab,
                    m.start(),
                    m.end(),
                    "country",
                    code,
                    name,
                    False,
                    entry=entry,
                    judged=colony is not None and entry.kind == "name",
                )
            )
        for m in _state_names().finditer(folded):
            if not ok(m.start()) or not lab.text[m.start()].isupper():
                continue
            if _in_a_name(lab.text, m.start()):
                continue
            if (
                _NOT_A_STATE_AFTER.match(lab.text[m.end() : m.end() + 40])
                and not _STATE_KEY_BEFORE.search(lab.text[max(0, m.start() - 20) : m.start()])
                and not _headers_state(lab, m.start(), m.end())
            ):
                continue
            county = _COUNTY_KEY_BEFORE.search(lab.text[max(0, m.start() - 20) : m.start()])
            for st in states()[fold(m.group(0))]:
                hit = Hit(lab, m.start(), m.end(), "state", st.code, st.name, False)
                (county_named if county else hits).append(hit)
        for m in _POSTAL_AFTER_STATE_KEY.finditer(lab.text):
            postal = postal_state(m.group("r"))
            if ok(m.start("r")) and postal is not None:
                hits.append(
                    Hit(lab, m.start("r"), m.end("r"), "state", postal.code, postal.name, True)
                )
        for m in _state_abbreviations().finditer(lab.text):
            if not ok(m.start()) or _acronym_or_author(lab, m.start(), m.end()):
                continue
            key = _abbreviation_key(m.group(0))
            for st in states().get(key, []):
                hits.append(Hit(lab, m.start(), m.end(), "state", st.code, st.name, True))
    others = {h.name for h in hits if h.kind == "state"}
    hits += [h for h in county_named if not others - {h.name}]
    hits = _drop_towns(_drop_overprinted(_drop_overlaps(hits)))
    found = hits + _header_misreadings(labels, hits)
    found += _postal_code_after_county(labels, found)
    return found + _after_county_misreadings(labels, found)


# what stands between a town named after a country and its state ("Peru, Indiana", "Cuba,
# Allegany Co., New York") or its county ("Mexico, Audrain Co.")
# "Panama City, Florida", "China Grove, N.C.": the town's name may go on after the country's
_TO_STATE = re.compile(
    r"(?:[ \t]+[A-Z][\w'.-]*){0,2}\s*,\s*(?:[^,\n]{1,40}?\s(?:Co\.|County|Parish)\s*,\s*)?"
)
_TO_COUNTY = re.compile(r"\s*,\s*(?:[A-Z][\w'.-]*\s+){1,3}(?:Co\.|County|Parish)(?!\w)")


def _drop_towns(hits: list[Hit]) -> list[Hit]:
    """ "Peru, Indiana", "Poland, Maine", "Panama City, Florida", "Mexico, Audrain Co.": a
    country's name followed on its line by a state of another country, or by a county, is a
    town's."""
    states = [h for h in hits if h.kind == "state"]

    def town(c: Hit) -> bool:
        if c.kind != "country" or c.entry is None or c.entry.kind != "name":
            return False
        text = c.label.text
        line_end = c.label.line_at(c.start).end
        if _TO_COUNTY.match(text, c.end, line_end):
            return True
        return any(
            s.label is c.label
            and s.code != c.code
            and c.end <= s.start <= line_end
            and _TO_STATE.fullmatch(text, c.end, s.start) is not None
            for s in states
        )

    return [h for h in hits if not town(h)]


def skipped_lines(lab: Label) -> list[bool]:
    """Which lines cannot name where the specimen grew: an institution's name or address, a line
    of duplicates, a stamp or a citation."""
    return [
        f or a or e for f, a, e in zip(lab.institution, lab.address, _elsewhere(lab), strict=True)
    ]


# Lines that name places other than where the specimen grew: the herbaria duplicates went to
# ("Dupl. sent to Herb. at: Leiden, Kew, Singapore, ..."), a herbarium's stamp ("Rijksherbarium,
# Leiden, Netherlands", "Herb. Horti Bot. ..."), the literature it is cited in ("Cit. Fl. Afr.
# Centr.", "Tijdschr. voor Plantkunde").
_DUPLICATES = re.compile(
    r"^\W*(?:Dupl(?:ic\w*)?\b\.?|Doubles?\b|Dubl\w*|Distributed\s+to|Sent\s+to|Envoy[ée]\w*\s+[àa])",
    re.IGNORECASE,
)
_STAMP = re.compile(r"\w+herbar|^\W*Herb\.\s", re.IGNORECASE)
_CITATION = re.compile(
    r"^\W*(?:Cit\.|Cited\b|Citat\w*|Protolog\w*|Fide\b|Lit\.|Literat\w*|Publ\.|In:|Ref\.|"
    r"De\s+hoc\s+specimine)|\b(?:Tijdschr\w*|Journ(?:al\b|\.)|Bull\.|Bulletin|Jahrb\w*|Annal\w*|"
    r"Proc\.|Mém\.|Verh\.|Mitt\.|Zeitschr\w*)",
)
# a list of places: words and commas, no figures ("Paris, Manila, Sydney, Lae, New")
_LIST_LINE = re.compile(r"[^\d:;]*,[^\d:;]*,[^\d:;]*")


@cache
def _determination() -> re.Pattern[str]:
    """A determination's cue opening a line ("Det. J. Beispiel, Kew, England", "Determinavit:
    K. Muster (Berlin, Deutschland)", "опр. И. Иванов"): the place on it is the determiner's
    institution's (data/people_cues.csv, role determiner)."""
    rows = [r for r in data_rows("people_cues.csv") if r["role"] == "determiner"]
    loose = alternation(r["cue"] for r in rows if r["case"] != "exact")
    exact = alternation(r["cue"] for r in rows if r["case"] == "exact")
    return re.compile(rf"^\W*(?:(?i:{loose}|det)|{exact})(?!\w)")


def _elsewhere(lab: Label) -> list[bool]:
    """Which lines name the places of duplicates, stamps, citations and determinations (see
    `_DUPLICATES`, `_STAMP`, `_CITATION`, `_determination`), a list or a citation running on over
    the lines below it."""
    texts = [ln.text.strip() for ln in lab.lines]
    flags = [bool(_STAMP.search(t) or _determination().match(t)) for t in texts]
    for i, text in enumerate(texts):
        listing, citing = _DUPLICATES.match(text), _CITATION.search(text)
        if not (listing or citing):
            continue
        flags[i] = True
        for j in range(i + 1, min(i + 4, len(texts))):
            prev, cur = texts[j - 1], texts[j]
            runs_on = prev.endswith((",", "-")) or cur[:1].islower()
            # a list goes on in lines of names and commas; a citation until a full stop, and
            # into the brackets after it ("Cit. Fl. Afr. Centr. / (Zaire-Rwanda-Burundi)")
            more = _LIST_LINE.fullmatch(cur) if listing else not prev.endswith((".", ")"))
            if not (runs_on or more or (citing and cur.startswith("("))):
                break
            flags[j] = True
    return flags


# "NEDERLAND (L)", "BELGIUM (BR)": a country and a herbarium's acronym, the herbarium's stamp
_ACRONYM_AFTER = re.compile(r"\s?\(\s?[A-Z]{1,8}\s?\)")
# "A. Holland", "J. Jordan": an initial before the name makes it a person's; not the initial of a
# direction or a word of the place ("N. Sumatra", "C. Java", "P. Bangka" for Pulau)
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[ABDFHJLQRTUVXY]\.\s?$")


# "Herb. Mus. Fenn.", "Fl. Madag.", "Hort. Bot. Nat. Belg.": a name in a work's or a herbarium's
# abbreviated title
_TITLE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:Fl|Flor|Herb|Mus|Soc|Acta|Prodr|Enum|Consp|Symb|Mem|Bot|Hort|Nat|Nov)\.\s?$"
)


def _not_a_country(lab: Label, start: int, end: int) -> bool:
    """A country's name that says nothing of where the specimen grew (see the patterns above)."""
    # what stands before the name on its own line (an author's "L." ends the line above)
    before = lab.text[max(0, start - 8, lab.line_at(start).start) : start]
    return bool(
        _ACRONYM_AFTER.match(lab.text, end)
        or _INITIAL_BEFORE.search(before)
        or _TITLE_BEFORE.search(before)
    )


def _headers_state(lab: Label, start: int, end: int) -> bool:
    """ "Flora of KANSAS County: Ness": a header's state before the county's column key."""
    line = lab.line_at(start)
    return bool(
        re.match(r"[ \t]*(?:County|COUNTY|Co\.|CO\.)[ \t]*:", lab.text[end : end + 20])
        and is_header(lab.text[line.start : start])
    )


def _drop_overprinted(hits: list[Hit]) -> list[Hit]:
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


def _in_a_name(text: str, start: int) -> bool:
    """ "HATTORI-TENNESSEE COOPERATIVE": a state joined by a hyphen to the word before it is part
    of a project's or an institution's name (it gave Tennessee on five Alaskan and Virginian
    packets of the devset)."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


_COUNTY_IN_LINE = re.compile(rf"(?<![A-Za-z]){COUNTY_KEY}(?![A-Za-z])")


def _acronym_or_author(lab: Label, start: int, end: int) -> bool:
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
        return not _COUNTY_IN_LINE.search(text[line_start:start])
    line = lab.line_at(start).text.strip()
    printed = text[start:end].strip()
    if _NOTA_BENE.match(line) and line.startswith(printed):
        return True  # "N.B. Collected in flower": nota bene, not New Brunswick
    # (the name and its author take a few dozen characters: a bounded window keeps long lines
    # linear)
    if _AFTER_BINOMIAL.search(text[max(lab.line_at(start).start, start - 80) : start]):
        return True  # "Aster exemplaris Mont.": the name's author (Montagne), not Montana
    word = _WORD_AFTER.match(text, end) if printed.endswith(".") else None
    if word and not _ROAD.match(word.group(1)) and not _a_region(word.group(1)):
        # "Mont. Exemple" (a French mountain), "N. L. Muster" (a person's initials): a state
        # ends its phrase or goes before its country ("Son. Mexico") or a road ("Fla. Hwy. 9")
        return True
    return line == printed and printed.isupper() and printed.isalpha()


def _a_region(word: str) -> bool:
    """A country's or state's name, or a month's (a date after the state: "N. C. May 2, 1950")."""
    key = fold(word)
    return (
        key in countries()
        or key in states()
        or key in _region_names()
        or MONTH_WORD.fullmatch(word) is not None
    )


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


# "LICHENS OF MICHIGAIN", "FLORA OF ALASEA": the region a collection header names, misread.
_HEADER_REGION = re.compile(
    r"\b(?:of|OF|Of)\s+(?:the\s+|THE\s+)?(?P<r>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .]{3,30})"
)


@cache
def _region_names() -> dict[str, tuple[str, str, str]]:
    """Folded full name -> (kind, code, canonical name) of every state and country, for telling a
    misread header's name; not the Latin names ("Plants of Hispaniola" is no misread HISPANIA)."""
    table: dict[str, tuple[str, str, str]] = {}
    for key, entry in country_names().items():
        if entry.code and entry.lang == "en" and not key.endswith(".") and len(key) >= 5:
            table[key] = ("country", entry.code, country_name(entry.code))
    for key, entries in states().items():
        if not entries[0].abbreviation and len(key) >= 5:
            table[key] = ("state", entries[0].code, entries[0].name)
    return table


def _header_misreadings(labels: list[Label], found: list[Hit]) -> list[Hit]:
    """A header's region read with a letter or two wrong, on a header naming no known region."""
    out: list[Hit] = []
    for lab in labels:
        for ln in lab.lines:
            if not is_header(ln.text) or any(
                h.label is lab and ln.start <= h.start < ln.end for h in found
            ):
                continue
            m = _HEADER_REGION.search(ln.text)
            if m is None:
                continue
            printed = m.group("r").strip(" .")
            key = fold(printed)
            # a misread changes letters; "DOMINICAN", "ALASKAN" are another word
            names = [
                k
                for k in _region_names()
                if k[0] == key[0]
                and abs(len(k) - len(key)) <= 2
                and not (key.startswith(k) or k.startswith(key))
            ]
            best = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=80)
            if best is None:
                continue
            kind, code, name = _region_names()[best[0]]
            start = ln.start + m.start("r")
            out.append(Hit(lab, start, start + len(printed), kind, code, name, False, True))
    return out


# "Riverside Co., Calf", "LassenCo. Callf": the word after a county keyword is where a label prints
# its state's abbreviation.
_AFTER_COUNTY = re.compile(r"(?:County|Co)[.,]\s?,?\s*(?P<r>[A-Z][a-z]{3,5})(?![A-Za-z])")


def _after_county_misreadings(labels: list[Label], found: list[Hit]) -> list[Hit]:
    """A state's abbreviation of four letters or more read with one letter dropped, added or wrong,
    right after a county keyword, on a label naming no state; only when one abbreviation is that
    close."""
    out: list[Hit] = []
    for lab in labels:
        if any(h.label is lab and h.kind == "state" for h in found):
            continue
        for m in _AFTER_COUNTY.finditer(lab.text):
            word = m.group("r").lower()
            close = {
                key
                for letters, key in _abbreviation_index().items()
                if len(letters) >= 4
                and letters[0] == word[0]
                and letters != word
                and Levenshtein.distance(letters, word) == 1
            }
            entries = [st for key in close for st in states()[key]]
            if len({st.code + st.name for st in entries}) != 1:
                continue
            st = entries[0]
            s, e = m.start("r"), m.end("r")
            out.append(Hit(lab, s, e, "state", st.code, st.name, True, True))
            break
    return out


# "St. Francis Co., AR", "Cochise County, AZ 12 mi E": a postal code right after a county's keyword
# and its comma is the county's state, whatever follows it (alone, two capitals are too often
# something else: "IN", "OR", "ME" or a bearing).
_POSTAL_AFTER_COUNTY = re.compile(
    rf"(?<![A-Za-z]){COUNTY_KEY}\s?,\s?(?P<r>[A-Z]{{2}})(?![A-Za-z0-9])"
)


# postal codes that are also words or bearings: only with nothing but punctuation after them
_CODE_WORDS = {
    "AL",
    "DE",
    "HI",
    "ID",
    "IN",
    "LA",
    "MA",
    "ME",
    "MO",
    "NE",
    "OH",
    "OK",
    "ON",
    "OR",
    "PA",
}


def _postal_code_after_county(labels: list[Label], found: list[Hit]) -> list[Hit]:
    """A US or Canadian postal code after "X Co.,", on a label naming no state otherwise."""
    out: list[Hit] = []
    for lab in labels:
        if any(h.label is lab and h.kind == "state" for h in found):
            continue
        for m in _POSTAL_AFTER_COUNTY.finditer(lab.text):
            st = postal_state(m.group("r"))
            if st is None:
                continue
            ends = re.match(r"[ \t]*(?:[,;.:(\d]|$)", lab.text[m.end() :], re.MULTILINE)
            if m.group("r") in _CODE_WORDS and ends is None:
                continue  # "Lake Co., NE of Hobart", "BLUE CO., IN OAK WOODS"
            out.append(Hit(lab, m.start("r"), m.end("r"), "state", st.code, st.name, True))
            break
    return out


@cache
def _abbreviation_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key, entries in states().items():
        if entries[0].abbreviation:
            index[re.sub(r"[^a-z]", "", key.lower())] = key
    return index


def _abbreviation_key(printed: str) -> str:
    return _abbreviation_index().get(re.sub(r"[^a-z]", "", printed.lower()), printed)


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """ "N.Mex." is New Mexico, not Mexico; "Baja California" is not California."""
    groups: dict[tuple[int, int, int], list[Hit]] = {}
    for h in hits:
        groups.setdefault((h.label.position, h.start, h.end), []).append(h)
    masks = {h.label.position: bytearray(len(h.label.text)) for h in hits}
    kept: list[Hit] = []
    for (pos, start, end), group in sorted(groups.items(), key=lambda kv: kv[0][1] - kv[0][2]):
        if any(masks[pos][start:end]):
            continue
        masks[pos][start:end] = b"\x01" * (end - start)
        kept.extend(group)
    kept.sort(key=lambda h: (h.label.position, h.start))
    return kept


@dataclass
class Regions:
    country: Hit | None
    country_code: str | None
    state: Hit | None
    inferred: bool
    conflict: bool = False
    province: Hit | None = None  # a region naming the stateProvince ("Java"), where no state is
    # two states named as often as each other ("Flora of Exempla" above "Sampleshire:"): a doubt
    states_tied: bool = False


def _weight(h: Hit) -> float:
    """How much a country hit says: a collection header ("EXPLORATION OF THE BAHAMAS") is vaguer
    than the locality itself; a historical name or a region counts as sure as its mapping is."""
    header = 0.5 if is_header(h.label.line_at(h.start).text) else 1.0
    return header * (h.entry.confidence if h.entry is not None else 1.0)


def _plain_name(h: Hit) -> bool:
    return h.entry is None or h.entry.kind == "name"


def resolve(hits: list[Hit], county_keyword: bool = False) -> Regions:
    # a name that names no single country ("Borneo", "New Guinea") gives no country
    named = [h for h in hits if h.kind == "country"]
    country_hits = [h for h in named if h.code]
    state_hits = [h for h in hits if h.kind == "state"]
    # "Crete, Saline Co., Nebraska", "Java, S. Dak.": a region's or a historical name that is also
    # a town gives way to a state of another country printed in full, unless the country's own
    # name agrees with it
    full_states = {h.code for h in state_hits if not h.abbreviation and not h.fuzzy}
    plain_codes = {h.code for h in country_hits if _plain_name(h)}
    country_hits = [
        h
        for h in country_hits
        if _plain_name(h) or not full_states or h.code in full_states | plain_codes
    ]
    # "Georgia" is a state when the label also says U.S.A. or names another US state.
    state_texts = {fold(h.text) for h in state_hits if not h.abbreviation}
    us_context = any(
        h.code == "US" for h in country_hits if fold(h.text) not in state_texts
    ) or any(h.code == "US" and h.abbreviation for h in state_hits)
    if county_keyword and not us_context:
        # "MERIWETHER COUNTY / FLORA OF GEORGIA": the country of that name has no counties
        us_texts = {fold(h.text) for h in state_hits if h.code == "US" and not h.abbreviation}
        country_hits = [h for h in country_hits if fold(h.text) not in us_texts]
    if us_context:
        country_hits = [h for h in country_hits if fold(h.text) not in state_texts]
    else:
        state_hits = [
            h for h in state_hits if fold(h.text) not in {fold(c.text) for c in country_hits}
        ]
    codes: dict[str, float] = {}
    for h in country_hits:
        codes[h.code] = codes.get(h.code, 0.0) + _weight(h)
    country: Hit | None = None
    if codes:
        territories = [c for c in codes if c in US_TERRITORIES]
        code = (
            territories[0] if "US" in codes and territories else max(codes, key=lambda c: codes[c])
        )
        # cite the country's own name where it is printed ("Borneo ... Indonesia"), else the
        # surest of its mentions
        country = max(
            (h for h in country_hits if h.code == code), key=lambda h: (_plain_name(h), _weight(h))
        )
    if country is not None:
        same = [h for h in state_hits if h.code == country.code]
        state_hits = same
    state = _best_state(state_hits)
    inferred = False
    code_out = country.code if country else None
    if country is None and state is not None:
        code_out, inferred = state.code, True
    province = None
    if state is None:
        province = next(
            (
                h
                for h in named
                if h.entry is not None
                and (h.entry.province or h.entry.printed_province)
                and (code_out is None or h.code in ("", code_out))
            ),
            None,
        )
    return Regions(
        country, code_out, state, inferred, len(codes) > 1, province, _states_tied(state_hits)
    )


def _state_mentions(hits: list[Hit]) -> Counter[str]:
    # each printed name once: a name two gazetteer entries share ("SAN LUIS POTOSI") is one
    # mention, not two
    return Counter(h.name for h in {(h.label.position, h.start, h.name): h for h in hits}.values())


def _states_tied(hits: list[Hit]) -> bool:
    """Whether two different states are named as often as each other, from different places on
    the labels (two gazetteer entries of one printed name are one mention)."""
    spans = {(h.label.position, h.start) for h in hits}
    counts = _state_mentions(hits).most_common(2)
    return len(spans) > 1 and len(counts) == 2 and counts[0][1] == counts[1][1]


def _best_state(hits: list[Hit]) -> Hit | None:
    if not hits:
        return None
    names = _state_mentions(hits)
    # Where a US and a Mexican state share an abbreviation ("Mich."), a full state name or a
    # Mexican country mention decides; otherwise the more frequent name wins.
    best = names.most_common(1)[0][0]
    return next(h for h in hits if h.name == best)


def region_candidates(labels: list[Label], hits: list[Hit]) -> list[FieldCandidate]:
    """Country, code and state from `find_hits(labels)`."""
    # Mexican abbreviations are only meant when something else says Mexico.
    mx = any(h.code == "MX" and h.kind == "country" for h in hits)
    same_span = Counter((h.label.position, h.start) for h in hits if h.kind == "state")

    def ambiguous(h: Hit) -> bool:
        return same_span[(h.label.position, h.start)] > 1

    others = any(h.kind == "state" and h.code != "MX" for h in hits)

    def bare_mexican(h: Hit) -> bool:
        # "Camp Lutherock" beside a US state: a Mexican abbreviation without its full stop, on a
        # label that says nothing of Mexico
        return h.code == "MX" and not mx and others and not h.text.rstrip().endswith((".", ":"))

    hits = [
        h
        for h in hits
        if not (
            h.kind == "state"
            and h.abbreviation
            and (((h.code == "MX") != mx and ambiguous(h)) or bare_mexican(h))
        )
    ]
    county = any(
        _COUNTY_IN_LINE.search(ln.text) and not inst
        for lab in labels
        for ln, inst in zip(lab.lines, lab.institution, strict=True)
    )
    reg = resolve(hits, county)
    out: list[FieldCandidate] = []
    if reg.country is None and reg.country_code is None:
        fallback = _address_country(labels)
        if fallback is not None:
            h = fallback
            for term in (Term.country, Term.countryCode):
                value = _country_value(h) if term == Term.country else h.code
                # the institution's country is a guess at the specimen's: a doubt
                out.append(
                    candidate(
                        term,
                        value,
                        0.45,
                        h.label,
                        h.start,
                        h.end,
                        "country.institution",
                        ["country_judged"],
                    )
                )
    if reg.country is not None:
        h = reg.country
        if _state_named_alone(h, hits) or _northern_irish(h, labels):
            h.judged = True
        out += _country_candidates(h, reg.conflict)
    elif reg.state is not None and reg.country_code:
        h = reg.state
        conf = 0.6 if h.fuzzy else 0.7 if h.abbreviation else 0.8
        rule = "country.header_misread" if h.fuzzy else "country.from_state"
        name = country_name(reg.country_code)
        out.append(candidate(Term.country, name, conf, h.label, h.start, h.end, rule))
        out.append(
            candidate(
                Term.countryCode,
                reg.country_code,
                conf,
                h.label,
                h.start,
                h.end,
                rule,
            )
        )
    if reg.state is not None:
        h = reg.state
        value = h.name if h.abbreviation or h.fuzzy else re.sub(r"\s+", " ", h.text)
        conf = 0.6 if h.fuzzy else 0.75 if h.abbreviation else 0.85
        out.append(
            candidate(
                Term.stateProvince,
                value,
                conf,
                h.label,
                h.start,
                h.end,
                "state.header_misread" if h.fuzzy else "state.name",
                ["several_states"] if reg.states_tied else [],
            )
        )
    elif reg.province is not None and (entry := reg.province.entry) is not None:
        # "Insula Java", "Borneo": the island or region a label names where no state is
        h = reg.province
        conf = 0.75 * entry.confidence
        # "Ленинградская обл.": the region's name as printed, its type word with it
        value = re.sub(r"\s+", " ", h.text) if entry.printed_province else entry.province
        out.append(
            candidate(Term.stateProvince, value, conf, h.label, h.start, h.end, "state.region")
        )
    elif reg.country_code:
        out += _subdivision_candidates(labels, hits, reg.country_code)
    return out


def _subdivision_candidates(
    labels: list[Label], hits: list[Hit], code: str
) -> list[FieldCandidate]:
    """stateProvince from a subdivision of the record's country printed on a data label (see
    subdivisions.py); never one of another country's."""
    skip = {lab.position: skipped_lines(lab) for lab in labels}

    def usable(lab: Label, offset: int) -> bool:
        return not skip[lab.position][lab.line_no(offset)]

    spans = region_spans(hits)
    country = [(h.label.position, h.start, h.end) for h in hits if h.code == code]
    found = find_subdivisions(labels, code, usable, spans, country)
    sub, tied = best_subdivision(found)
    if sub is None:
        return []
    rule = "state.subdivision" if sub.typed else "state.subdivision_bare"
    flags = ["several_states"] if tied else []
    return [
        candidate(
            Term.stateProvince,
            sub.value,
            sub.confidence,
            sub.label,
            sub.start,
            sub.end,
            rule,
            flags,
        )
    ]


# a historical name's or a region's mapping to today's country below this is a judgement (a colony
# split since, a province now in two countries): the value is flagged country_judged, a doubt
_SURE_MAPPING = 0.9


def _country_candidates(h: Hit, conflict: bool) -> list[FieldCandidate]:
    """country and countryCode from the hit chosen: the printed name or the English one
    (`_country_value`); a historical name flagged, its confidence as sure as its mapping."""
    entry = h.entry
    value = _country_value(h)
    flags: list[str] = []
    if h.fuzzy:
        conf, rule = 0.6, "country.header_misread"
    elif entry is None:
        conf, rule = 0.85, "country.name"  # an abbreviation
    elif entry.kind == "region":
        conf, rule = 0.8 * entry.confidence, "country.region"
    else:
        conf, rule = 0.9 * entry.confidence, "country.name"
        if entry.kind == "historical":
            flags.append("historical_name")
    if h.judged or (entry is not None and entry.confidence < _SURE_MAPPING and not h.fuzzy):
        # "Deutsch-Ostafrika", "Westpreußen", "USSR": a region only mostly in today's country
        flags.append("country_judged")
    if conflict:
        conf *= 0.75
        if not _plain_name(h):
            # "Gold Coast, Queensland": a historical or a region's name taken over another
            # country's name (a country's own name printed beside another's is the surer)
            flags.append("several_countries")
    return [
        candidate(Term.country, value, conf, h.label, h.start, h.end, rule, flags),
        candidate(Term.countryCode, h.code, conf, h.label, h.start, h.end, rule, flags),
    ]


# a county of Northern Ireland with its key ("Co. Tyrone")
_NORTHERN_IRISH_COUNTY = re.compile(
    r"(?<![A-Za-z])(?:Co\.?|County)\s+(?:Antrim|Armagh|Down|Fermanagh|Londonderry|Derry|Tyrone)\b"
)


def _northern_irish(h: Hit, labels: list[Label]) -> bool:
    """ "Ireland: Co. Tyrone": the island's name with a county of Northern Ireland, the United
    Kingdom's: which country is meant is a judgement."""
    return h.code == "IE" and any(_NORTHERN_IRISH_COUNTY.search(lab.text) for lab in labels)


def _state_named_alone(h: Hit, hits: list[Hit]) -> bool:
    """ "Sample Hill, Georgia": a country's name that is a US state's too, on labels that name no
    other country and no state: which of the two is meant is a judgement."""
    entries = states().get(fold(h.text), [])
    if not any(e.code != h.code for e in entries):
        return False
    return not any(o.code == h.code and o is not h for o in hits) and not any(
        o.kind == "state" and fold(o.text) != fold(h.text) for o in hits
    )


def _country_value(h: Hit) -> str:
    """The printed name where the record keeps it (`CountryName.as_printed`: a current name in
    English or Spanish, in the Latin alphabet: "BAHAMA ISLANDS", "Rep. Dominicana"), else the
    country's English name ("BRESIL", "Eesti", "Эстонская ССР" -> "Brazil", "Estonia")."""
    printed = re.sub(r"\s+", " ", h.text)
    keep = h.entry is not None and h.entry.as_printed and not h.fuzzy
    return printed if keep and _latin(printed) else country_name(h.code)


def _latin(text: str) -> bool:
    """Written in the Latin alphabet ("República"; not "Россия")."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def _address_country(labels: list[Label]) -> Hit | None:
    """The country of the institution's address ("Lakehead University, Thunder Bay, Ontario,
    Canada.", "JARDIN BOTANICO ... / SANTO DOMINGO. / REPUBLICA DOMINICANA"): where the label
    names no other, the specimen was most likely collected there."""
    for lab in labels:
        folded = fold_same_length(lab.text)
        for ln, inst, addr in zip(lab.lines, lab.institution, lab.address, strict=True):
            # on the institution's own line, only after its name ("..., Canada")
            start = ln.start + ln.text.find(",") if inst and "," in ln.text else ln.end
            if addr:
                start = ln.start
            for m in _country_names().finditer(folded, start, ln.end):
                entry = country_names().get(name_key(m.group(0)))
                if lab.text[m.start()].isupper() and entry is not None and entry.code:
                    code = entry.code
                    return Hit(
                        lab,
                        m.start(),
                        m.end(),
                        "country",
                        code,
                        country_name(code),
                        False,
                        entry=entry,
                    )
    return None


def region_spans(hits: list[Hit]) -> list[tuple[int, int, int]]:
    """(label position, start, end) of every country and state name: evidence of a locality."""
    return [(h.label.position, h.start, h.end) for h in hits]
