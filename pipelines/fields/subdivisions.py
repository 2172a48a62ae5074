"""First-level subdivisions of countries other than the USA, Canada and Mexico (provinces, parishes,
departments, regions, islands), for stateProvince.

The gazetteer is pycountry's ISO 3166-2 table (names in the local language), with the
subdivisions labels print that ISO does not list (data/subdivisions_extra.csv: Cuba's old
provinces, the islands of the Bahamas, Puerto Rico's municipalities) and without the countries
whose regions another table names (data/subdivision_systems.csv: US states, British vice-counties,
Finland's biogeographical provinces). Only the subdivisions of the record's own country are looked
for; a name is matched in any case, without accents, "St."/"Ste."/"Sta." for "Saint"/"Sainte"/"Santa".

How sure a name is depends on what surrounds it (data/subdivision_words.csv holds the words):
- a type word beside it ("Prov. San Juan", "Province of Exempla", "St. James Parish", "Provincia
  de Exempla"), or a form's key ("Province: Exempla"): sure;
- alone, in its own place on a line (between commas, colons, full stops or the line's ends), right
  after the country's name ("Dominica. St. George."): fairly sure;
- alone, in its own place elsewhere ("Exempla: 2 km N of Sample"): a doubt, for a province's name
  is often its capital's; an ordinary word that is a subdivision's name too ("Oriente", "Nord") or a
  name of fewer than five letters counts for less, or needs its type word.
A name inside running text ("vicinity of Santa Clara") is a town's, and never taken.

The value (the convention the truth of the devset follows): the name as printed, with the type
word printed next to it, before or after ("Prov. San Juan", "PROVINCE OF MATANZAS", "St. James
Parish"), whitespace collapsed; a form's key and its colon are not part of it ("Province: Exempla"
gives "Exempla").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry
from rapidfuzz.distance import Levenshtein

from pipelines.fields.geo import fold_same_length
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.ocr_slips import FIGURES_AS_LETTERS
from pipelines.fields.text import Label


@dataclass(frozen=True)
class Subdivision:
    name: str  # as the gazetteer spells it
    code: str  # ISO 3166-1 alpha-2 of the country
    bare: bool  # may be taken without a type word beside it
    common: bool  # an ordinary word too: a bare one is doubtful
    # ISO's type is a district's ("District", "Capital district"): a "District" printed beside
    # another kind's name (Tanzania's regions, Kenya's counties) names the level below
    district: bool = False
    # the form printed is a case of the name (data/subdivisions_extra.csv, column "of": the
    # genitive after Greek "Nomos", "Nomos Lakonias"): the value is the name, `name`
    inflected: bool = False
    # a name too short to be taken bare anywhere (`_MIN_SHORT` to `_MIN_BARE` letters: "Napo",
    # "Meta", "Lara"), taken bare only right after the country's name and its colon or comma
    # ("ECUADOR: Napo"), as the American herbaria's sheets print the province
    short: bool = False


@dataclass(frozen=True)
class SubdivisionHit:
    label: Label
    start: int  # of the value (the type word before the name, where one is)
    end: int
    sub: Subdivision
    typed: bool  # a type word or a form's key beside the name
    after_country: bool  # bare, right after the country's name
    # named with its type word after it, inside a sentence ("collected in Exempla Province"):
    # whether the type word belongs in the value is less settled there
    in_prose: bool = False
    # the name after its type word read with an OCR slip or an older spelling ("DEPTO.
    # HUEHUETENANG0", "Depto. Quezaltenango"): one letter away from the gazetteer's
    misread: bool = False
    # the name's own span, without its type words (`start`, `end` where none is printed)
    name_start: int = -1
    name_end: int = -1
    # printed as its code ("(PT)", "VS:"): the value is the gazetteer's name
    sigla: bool = False

    @property
    def value(self) -> str:
        """The name with its type words, as printed ("Dpto. Cusco", "Santa Clara Province")."""
        return re.sub(r"\s+", " ", self.label.text[self.start : self.end]).strip()

    @property
    def name_span(self) -> tuple[int, int]:
        if self.name_start < 0:
            return self.start, self.end
        return self.name_start, self.name_end

    @property
    def name(self) -> str:
        """The name alone ("Cusco"); a misread one, one printed as its code, or in another case
        ("Nomos Lakonias"), as the gazetteer spells it."""
        if self.misread or self.sigla or self.sub.inflected:
            return self.sub.name
        s, e = self.name_span
        return re.sub(r"\s+", " ", self.label.text[s:e]).strip(" \t.,:;")

    @property
    def confidence(self) -> float:
        if self.misread:
            return 0.7
        if self.typed:
            return 0.7 if self.in_prose else 0.85
        conf = 0.7 if self.after_country else 0.55
        return conf * (0.6 if self.sub.common else 1.0)


# ISO types of a municipality's or a town's level: such a name is a town's as often as not (an
# Italian "metropolitan city" is the province it replaced: "Prov. di Firenze")
_MUNICIPAL = re.compile(
    r"municip|commune|(?<!metropolitan )city|town|borough|council|quarter|ward|rayon|authority"
)
_MIN_BARE = 5  # letters a bare name needs
_MIN_SHORT = 3  # ... and one right after its country's name and a colon (`Subdivision.short`)


def _key(name: str, *, apostrophes: bool = False) -> str:
    """The folded form names are compared in: "St. George" and "Saint George" -> "saint george";
    "Moore’s Island" -> "moores island" (with `apostrophes`, "moore's island": a pattern's form)."""
    key = fold_same_length(name).replace("’", "'")
    key = re.sub(r"\b(st|ste|sta|sto)\.(?=\w)", r"\1. ", key)
    key = re.sub(r"[\s\-]+", " ", key if apostrophes else key.replace("'", "")).strip()
    for short, full in (("ste", "sainte"), ("st", "saint"), ("sta", "santa"), ("sto", "santo")):
        key = re.sub(rf"\b{short}\.?(?=\s|$)", full, key)
    return key


def _variants(name: str) -> list[str]:
    """The forms of an ISO name a label prints: "Distrito Nacional (Santo Domingo)" -> "Distrito
    Nacional"; "A Coruña [La Coruña]" -> both; "Murcia, Región de" -> "Murcia"."""
    out: list[str] = []
    for part in re.split(r"\s/\s|\[|\]", name):
        part = re.sub(r"\([^)]*\)|\b[A-Z]{2}-[A-Z0-9]{2,3}\b", "", part).strip(" ,")
        if part:
            out += [part, part.split(",")[0].strip()]
    return list(dict.fromkeys(out))


@cache
def _words(position: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in data_rows("subdivision_words.csv") if r["position"] == position)


@cache
def _systems() -> dict[str, str]:
    return {r["code"]: r["iso"] for r in data_rows("subdivision_systems.csv")}


@cache
def _iso_subdivisions() -> dict[str, tuple[Any, ...]]:
    """pycountry's subdivisions by country (read once: each country's are looked up often)."""
    found: dict[str, list[Any]] = {}
    for sub in pycountry.subdivisions:
        found.setdefault(sub.country_code, []).append(sub)
    return {code: tuple(subs) for code, subs in found.items()}


@cache
def _iso_codes() -> dict[str, str]:
    """ISO 3166-2 code ("IT-PT") -> the subdivision's name ("Pistoia")."""
    return {sub.code: sub.name for subs in _iso_subdivisions().values() for sub in subs}


@cache
def gazetteer(code: str) -> dict[str, Subdivision]:
    """Folded name (`_key`) -> the subdivision of the country `code` it names."""
    return {_key(form): sub for form, sub in _forms(code).items()}


def names_subdivision(name: str, code: str) -> bool:
    """Whether `name` as printed names a first-level subdivision of the country `code`."""
    return _key(name) in gazetteer(code)


@cache
def _common_keys() -> frozenset[str]:
    return frozenset(_key(w) for w in _words("common"))


@cache
def _forms(code: str) -> dict[str, Subdivision]:
    """Every name (`_key` with its apostrophes) of a subdivision of the country `code`."""
    system = _systems().get(code, "")
    if system == "no":
        return {}
    common = _common_keys()
    table: dict[str, Subdivision] = {}

    def add(name: str, bare: bool, district: bool = False, of: str = "") -> None:
        key = _key(name, apostrophes=True)
        letters = len(re.sub(r"[^a-z]", "", key))
        ok = bare and system != "typed" and letters >= _MIN_BARE
        # (not an ordinary word: "Haïti: Sud" is the south of the land as often)
        short = bare and system != "typed" and _MIN_SHORT <= letters < _MIN_BARE
        short = short and key not in common
        sub = Subdivision(
            of or name, code, ok, key in common, district, inflected=bool(of), short=short
        )
        table.setdefault(key, sub)

    for row in data_rows("subdivisions_extra.csv"):
        if row["code"] == code:
            add(row["name"], row["bare"] == "yes", of=(row.get("of") or "").strip())
    for sub in _iso_subdivisions().get(code, ()):
        municipal = bool(_MUNICIPAL.search(sub.type.lower()))
        if sub.parent_code and (municipal or sub.type == "District"):
            continue  # a second level of towns and districts: not a stateProvince
        for name in _variants(sub.name):
            add(name, not municipal, "district" in sub.type.lower())
    return table


def _type_words(position: str, *, optional_stop: bool = True) -> str:
    """The type-word table's words for `position` as a regex over folded text; a final full stop
    may be missing unless `optional_stop` is off. A type word before its name may have its "m"
    read as "rn" ("Nornos Lakonias", "Departarnento de X"): a slip the name after it confirms."""
    words = alternation(_words(position), fold=fold_same_length, optional_stop=optional_stop)
    return words.replace("m", "(?:m|rn)") if position == "before" else words


@cache
def _before() -> re.Pattern[str]:
    """A type word (and a connector) right before the name, at the end of the text before it."""
    return re.compile(
        rf"(?<![\w.])(?:{_type_words('before')})(?:\s*{_type_words('connector')})?\s*$",
        re.MULTILINE,
    )


@cache
def _key_before() -> re.Pattern[str]:
    """A form's key and its colon right before the name ("Province: ", "Political division:")."""
    return re.compile(rf"(?<![\w.])(?:{_type_words('key')})\s*:\s*$")


@cache
def _after() -> re.Pattern[str]:
    """A type word right after the name; an abbreviation's full stop is needed there ("Is." is
    not the verb "is")."""
    return re.compile(rf"[ \t]*(?:{_type_words('after', optional_stop=False)})(?![\w])")


@cache
def _typed_line() -> re.Pattern[str]:
    """A line opening with a subdivision's type word and its name ("Depto. Exempla, Mpio. X",
    "Prov. Muestra"), or with a name and its type word ("Sampleton Dist., Upper Exampleland"),
    over folded text."""
    return re.compile(
        rf"[^\w]*(?:(?:{_type_words('before')})(?:\s*{_type_words('connector')})?\s*[^\W\d_]"
        rf"|(?:[^\W\d_][\w'-]*\s+){{1,3}}(?:{_line_words()})(?!\w))"
    )


def _line_words() -> str:
    """The "after" type words that mark a place's line: not a one-letter abbreviation ("Pest
    m.", Hungarian megye), a person's initial after a name as often ("RAFAEL M. EXAMPLA")."""
    words = [w for w in _words("after") if len(w.rstrip(".")) > 1]
    return alternation(words, fold=fold_same_length, optional_stop=False)


# "Department of Botany", "Dept. of Zoology": a university's, not a country's
_FACULTY = re.compile(r"[^\w]*(?:department|dept\.?|dep\.)\s+of\s", re.IGNORECASE)


@cache
def _abbreviated_after() -> re.Pattern[str]:
    """A name and a type word abbreviated after it, anywhere on a line ("Sampleton, Exampla
    Prov.", "Beeby Dist."): how a collector writes a place, not how an address is printed."""
    # "Botany Dept." after a name is a university's department, not a country's
    words = [
        w
        for w in _words("after")
        if w.endswith(".") and not w.lower().startswith("dep") and len(w) > 2
    ]
    type_words = alternation(words, fold=fold_same_length)
    return re.compile(rf"[^\W\d_][\w'-]*\s+(?:{type_words})(?!\w)")


def typed_subdivision_line(line: str) -> bool:
    """Whether `line` names a subdivision with its type word: opening with it (`_typed_line`) or
    with an abbreviated type word after a name anywhere on it (`_abbreviated_after`). A place's
    line, not an institution's postal address."""
    if _FACULTY.match(line):
        return False
    folded = fold_same_length(line)
    return (
        _typed_line().match(folded) is not None or _abbreviated_after().search(folded) is not None
    )


_SAINTS = {"saint": "st", "sainte": "ste", "santa": "sta", "santo": "sto"}


def _name_regex(key: str) -> str:
    parts = []
    for token in key.split(" "):
        if token in _SAINTS:
            parts.append(rf"(?:{token}|{_SAINTS[token]}\.?)")
        else:
            parts.append(re.escape(token).replace("'", "['’]?").replace(r"\.", r"\.?"))
    # words apart by spaces or a hyphen, or joined after an abbreviation's full stop ("St.Exempla")
    return r"(?:[\s\-]+|(?<=\.))".join(parts)


@cache
def _names(code: str) -> re.Pattern[str] | None:
    keys = sorted(_forms(code), key=len, reverse=True)
    if not keys:
        return None
    return re.compile(rf"(?<![\w])(?:{'|'.join(_name_regex(k) for k in keys)})(?![\w])")


# what may stand between a name alone and the line's start or end: the place is its own
_OPEN = re.compile(r"(?:^|[,;:(/–]|(?<=[^\W\d_]{4})\.)\s*$")
# (a département's number or a province's sigla in brackets may follow the name: "Hautes-Pyrénées
# (65):", "Sassari (SS),")
_CLOSE = re.compile(r"[ \t]*(?:\([a-z0-9]{1,3}\)[ \t]*)?(?:$|[,;:.)/–])", re.MULTILINE | re.I)
_AFTER_COUNTRY = re.compile(r"\s*[,;:.\-–]?\s*")
# a short name's line: the country's name opening it, a colon or a comma, the name
# ("ECUADOR: Napo", "Venezuela, Lara")
# ("ECUAD0R: Napo": a figure read for a letter)
_SHORT_AFTER_COUNTRY = re.compile(r"[^\w\n]*[^\W\d_][^\W_ .-]+(?:[ .-]+[^\W_]+)*[ \t]*[:,][ \t]*")


_DISTRICT_WORD = re.compile(r"\bdistr", re.IGNORECASE)


def _fits(type_word: str, sub: Subdivision) -> bool:
    """Whether a type word printed beside a name is of the subdivision's level: a district's word
    beside a name ISO gives another kind of ("Morogoro District" of Tanzania, whose first level
    is regions) names a district within it, not the subdivision."""
    return sub.district or not _DISTRICT_WORD.search(type_word)


def find_subdivisions(
    labels: list[Label],
    code: str,
    usable: Callable[[Label, int], bool],
    taken: list[tuple[int, int, int]],
    country_spans: list[tuple[int, int, int]],
) -> list[SubdivisionHit]:
    """Every name of a subdivision of the country `code` on the labels, where a name may stand
    (see the module's docstring). `usable` says whether an offset of a label is on a line that
    may name where the specimen grew; `taken` holds the (label position, start, end) of names
    already read as something else (a country); `country_spans` those of the country's names."""
    pattern = _names(code)
    if pattern is None:
        return []
    out: list[SubdivisionHit] = []
    for lab in labels:
        folded = fold_same_length(lab.text)
        for m in pattern.finditer(folded):
            s, e = m.span()
            if not usable(lab, s) or any(
                p == lab.position and a < e and s < b for p, a, b in taken
            ):
                continue
            sub = gazetteer(code).get(_key(m.group(0)))
            if sub is None:
                continue
            line = lab.line_at(s)
            before = folded[line.start : s]
            start, end, typed, in_prose = s, e, False, False
            if (k := _before().search(before)) is not None and _fits(k.group(0), sub):
                start, typed = line.start + k.start(), True
            elif _key_before().search(before):
                typed = True
            if (a := _after().match(folded, e)) is not None and a.end() <= line.end:
                if not _fits(a.group(0), sub):
                    continue  # "Morogoro District": a district of the region Morogoro
                in_prose = not typed and _OPEN.search(before) is None
                end, typed = a.end(), True
            after_country = False
            if not typed:
                bare = sub.bare or sub.short
                if not (bare and _OPEN.search(before) and _CLOSE.match(folded, e)):
                    continue
                after_country = any(
                    p == lab.position
                    and b <= s
                    and _AFTER_COUNTRY.fullmatch(folded, b, s) is not None
                    for p, _, b in country_spans
                )
                if sub.short and not (
                    after_country and _SHORT_AFTER_COUNTRY.fullmatch(folded, line.start, s)
                ):
                    continue
            out.append(
                SubdivisionHit(
                    lab, start, end, sub, typed, after_country, in_prose, name_start=s, name_end=e
                )
            )
    if not any(h.typed for h in out):
        out += _misread_typed(labels, code, usable, taken)
    return out + _sigla(labels, code, usable, taken)


# A subdivision's ISO 3166-2 code as the country's labels print it (data/subdivision_systems.csv,
# sigla): in brackets after a town ("Abetone (PT)", an Italian province's sigla; "Gavarnie (65)",
# a French département's number), or opening a line before a colon ("VS: Zermatt", a Swiss
# canton's).
_SIGLA = {
    "brackets": re.compile(r"(?<=[^\W\d_])[ \t]?\((?P<s>[A-Z]{2}|\d{2}|2[AB])\)(?![\w(])"),
    "opening": re.compile(r"(?m)^[ \t]*(?P<s>[A-Z]{2})[ \t]?:[ \t]*(?=[^\W\d_])"),
}


@cache
def _sigla_styles(code: str) -> tuple[str, ...]:
    return tuple(
        style
        for r in data_rows("subdivision_systems.csv")
        if r["code"] == code
        for style in r["sigla"].split()
    )


def _sigla(
    labels: list[Label],
    code: str,
    usable: Callable[[Label, int], bool],
    taken: list[tuple[int, int, int]],
) -> list[SubdivisionHit]:
    """The subdivisions the country's labels name by their codes (see `_SIGLA`): as sure as a
    type word; the value is the subdivision's name."""
    out: list[SubdivisionHit] = []
    for style in _sigla_styles(code):
        for lab in labels:
            for m in _SIGLA[style].finditer(lab.text):
                s, e = m.span("s")
                if not usable(lab, s) or any(
                    p == lab.position and a < e and s < b for p, a, b in taken
                ):
                    continue
                iso = _iso_codes().get(f"{code}-{m.group('s')}")
                sub = gazetteer(code).get(_key(_variants(iso)[0])) if iso else None
                if sub is not None:
                    out.append(
                        SubdivisionHit(lab, s, e, sub, True, False, misread=False, sigla=True)
                    )
    return out


_MIN_MISREAD = 7  # letters a misread name needs: a shorter one is one letter from too many


def _misread_typed(
    labels: list[Label],
    code: str,
    usable: Callable[[Label, int], bool],
    taken: list[tuple[int, int, int]],
) -> list[SubdivisionHit]:
    """A subdivision of the country `code` after a first-level type word, its name one letter
    away from the gazetteer's once its figures are read as letters ("DEPTO. HUEHUETENANG0",
    "DEPTO. ANTIOQUlA", "Depto. Quezaltenango"): the one such name of the country, as printed."""
    keys = [k for k in gazetteer(code) if len(re.sub(r"[^a-z]", "", k)) >= _MIN_MISREAD]
    out: list[SubdivisionHit] = []
    for lab in labels:
        folded = fold_same_length(lab.text)
        for m in _typed_place().finditer(folded):
            if not _FIRST_LEVEL.match(m.group("t")) or not usable(lab, m.start()):
                continue
            if any(p == lab.position and a < m.end() and m.start() < b for p, a, b in taken):
                continue
            words = list(re.finditer(r"\S+", m.group("n")))
            for k in range(len(words), 0, -1):
                end = m.start("n") + words[k - 1].end()
                printed = _key(
                    folded[m.start("n") : end].rstrip(".,:;").translate(FIGURES_AS_LETTERS)
                )
                if len(printed) < _MIN_MISREAD or not _CLOSE.match(folded, end):
                    continue
                close = [key for key in keys if Levenshtein.distance(key, printed) <= 1]
                if len(close) != 1:
                    continue
                sub = gazetteer(code)[close[0]]
                start = m.start()
                out.append(
                    SubdivisionHit(
                        lab,
                        start,
                        end,
                        sub,
                        True,
                        False,
                        misread=True,
                        name_start=m.start("n"),
                        name_end=end,
                    )
                )
                break
    return out


@cache
def _countries_of() -> dict[str, frozenset[str]]:
    """Folded name (`_key`) -> the countries one of whose subdivisions bears it, over every country
    whose subdivisions ISO's names give (not the USA's, Britain's...: data/subdivision_systems.csv)."""
    codes = set(_iso_subdivisions())
    codes |= {r["code"] for r in data_rows("subdivisions_extra.csv")}
    found: dict[str, set[str]] = {}
    for code in sorted(codes):
        for key in gazetteer(code):
            found.setdefault(key, set()).add(code)
    return {k: frozenset(v) for k, v in found.items()}


# a first-level type word's kind (`_kind`) -> the words of ISO's types it names
_ISO_TYPE_WORDS = {
    "prov": ("province",),
    "dep": ("department",),
    "est.": ("state",),
    "esta": ("state",),
    "edo.": ("state",),
    "stat": ("state",),
}


@cache
def _iso_types() -> dict[tuple[str, str], str]:
    """(country, folded name) -> ISO's type of the subdivision, lower-case ("province")."""
    return {
        (code, _key(name)): sub.type.lower()
        for code, subs in _iso_subdivisions().items()
        for sub in subs
        for name in _variants(sub.name)
    }


def _of_type(key: str, countries: frozenset[str], type_word: str) -> frozenset[str]:
    """Of the countries one of whose subdivisions is named `key`, those whose subdivision is of
    the type the printed type word names ("Prov. de Granada": Spain's province, not Nicaragua's
    department), where some are; else all of them."""
    words = _ISO_TYPE_WORDS.get(_kind(type_word), ())
    if len(countries) < 2 or not words:
        return countries
    types = _iso_types()
    kept = frozenset(c for c in countries if any(w in types.get((c, key), "") for w in words))
    return kept or countries


@dataclass(frozen=True)
class StatePlace:
    """A name printed where a label names its state (after a first-level type word, "Dept. Beni",
    "Est. Bahia"; or opening a line before a colon, "Minas Gerais: Sampleton") that names a
    subdivision of some countries (`countries`)."""

    label: Label
    start: int
    end: int
    key: str  # `_key` of the name
    countries: frozenset[str]


# the type words of a first level (a province, a department, a state), folded: not a district's,
# a municipality's, an island's or a region's, whose names repeat across countries and levels
_FIRST_LEVEL = re.compile(r"prov|dep|dpt|est\b|estado|edo|state|nom")
# a name's words after a type word or opening a line: up to five, the connectors between them
_PLACE_NAME = r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}"


@cache
def _typed_place() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w.])(?P<t>{_type_words('before')})(?:\s*{_type_words('connector')})?[ \t]*"
        rf"(?P<n>{_PLACE_NAME})"
    )


_MIN_TYPED = 4  # letters a name after its type word needs ("Dept. Beni"; not "Prov. IG")
_LINE_PLACE = re.compile(rf"^[^\w\n]*(?P<n>{_PLACE_NAME})[ \t]*:", re.MULTILINE)
# in brackets after a town, closing its line or before a comma ("Saint-Probe (Drôme)", "Exempleux
# (Namur)"), as French, Belgian, Spanish and Italian labels name a commune's département or
# province
_BRACKETED_PLACE = re.compile(
    rf"(?<=[^\W\d_])[ \t]?\((?P<n>{_PLACE_NAME})\)[ \t]*(?=$|[,;:.])", re.MULTILINE
)


def state_places(labels: list[Label], usable: Callable[[Label, int], bool]) -> list[StatePlace]:
    """The names printed in a state's place on the labels' usable lines that name a subdivision
    of any country (`_countries_of`): after a first-level type word ("Dept. Beni", "DEPT. MORAZAN",
    "Est. Bahia"; the longest run of its words that is a name), the whole of what opens a line
    before a colon ("Minas Gerais: Sampleton", "Chiriquí: Sampleton") or what a town's brackets
    hold ("Saint-Probe (Drôme)")."""
    index = _countries_of()
    out: list[StatePlace] = []
    for lab in labels:
        folded = fold_same_length(lab.text)
        for m in _typed_place().finditer(folded):
            if not _FIRST_LEVEL.match(m.group("t")) or not usable(lab, m.start()):
                continue
            words = list(re.finditer(r"\S+", m.group("n")))
            for k in range(len(words), 0, -1):
                end = m.start("n") + words[k - 1].end()
                key = _key(folded[m.start("n") : end].rstrip(".,"))
                if key in index and len(re.sub(r"[^a-z]", "", key)) >= _MIN_TYPED:
                    countries = _of_type(key, index[key], m.group("t"))
                    out.append(StatePlace(lab, m.start("n"), end, key, countries))
                    break
        for m in [*_LINE_PLACE.finditer(folded), *_BRACKETED_PLACE.finditer(folded)]:
            key = _key(m.group("n").rstrip("."))
            # alone, a name as a bare one may stand: five letters, no ordinary word ("IG.:601606")
            bare = key in index and all(gazetteer(c)[key].bare for c in index[key])
            if (
                bare
                and not gazetteer(next(iter(index[key])))[key].common
                and usable(lab, m.start("n"))
            ):
                out.append(StatePlace(lab, m.start("n"), m.end("n"), key, index[key]))
    return out


@cache
def _below() -> re.Pattern[str]:
    """Right after a typed state's name, over folded text: a comma, colon or semicolon and the
    type word of the level below ("Dpto. Junín, Prov. Tarma")."""
    return re.compile(
        rf"[ \t]*[,;:][ \t]*(?P<t>{_type_words('below')})(?![\w])"
        rf"(?:[ \t]*{_type_words('connector')}(?![\w]))?[ \t]*"
    )


# the unit's name: capitalised words and the connectors between them ("Nor Yungas", "San Pedro de
# Exempla"), over the text as printed
_UNIT_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:(?:de|del|la|las|los|el|y)[ \t]+)?[A-ZÀ-Þ][\w'’-]*)*"
)


def _kind(type_word: str) -> str:
    """A type word's kind: "Dpto.", "Depto." and "Departamento" are one."""
    folded = fold_same_length(type_word).lower().strip()
    return "dep" if folded.startswith(("dep", "dpt")) else folded[:4]


# the countries of Spanish America, whose second level the "below" words name (France's cantons,
# Spain's judicial districts are no county)
_SPANISH_AMERICA = frozenset(
    [
        "AR",
        "BO",
        "CL",
        "CO",
        "CR",
        "CU",
        "DO",
        "EC",
        "SV",
        "GT",
        "HN",
        "MX",
        "NI",
        "PA",
        "PY",
        "PE",
        "UY",
        "VE",
    ]
)


def unit_below(hit: SubdivisionHit) -> tuple[int, int] | None:
    """The span (type word and name) of the unit of the level below the state `hit`, printed
    after the typed state's name on its line ("Dpto. Junín, Prov. Tarma: ..."), if any, in
    Spanish America; a type word of the state's own kind names none."""
    if not hit.typed or hit.in_prose:
        return None
    return unit_after(hit.label, hit.start, hit.end, hit.sub.code, hit.value.split()[0])


def unit_after(
    lab: Label, start: int, end: int, code: str, state_word: str = ""
) -> tuple[int, int] | None:
    """The span of the unit of the level below a state printed at `lab.text[start:end]` of
    country `code`, typed and right after the state's name on its line ("Edo. Oaxaca, Distr.
    Exempla", "Chiapas, Mpio. Exempla"), if any, in Spanish America; `state_word`: the state's
    own type word (a unit of its kind is no level below it)."""
    line = lab.line_at(start)
    folded = fold_same_length(lab.text)
    if code in _SOVIET:
        # "Ленинградская обл., Лужский р-н", "Gub. Exempla, distr. Muestra"
        after = _below_after().match(folded, end)
        if after is not None and after.end() <= line.end and lab.text[after.start("n")].isupper():
            return after.start("n"), after.end()
    elif code not in _SPANISH_AMERICA:
        return None
    m = _below().match(folded, end)
    if m is None or (state_word and _kind(m.group("t")) == _kind(state_word)):
        return None
    name = _UNIT_NAME.match(lab.text, m.end())
    if name is None or name.end() > line.end:
        return None
    return m.start("t"), name.end()


@cache
def _below_after() -> re.Pattern[str]:
    """Right after a state's name, over folded text: a comma or semicolon, the unit's one or two
    words (the first capitalised: `unit_after` tells) and a type word of the level below after them ("..., Лужский р-н")."""
    return re.compile(
        r"[ \t]*[,;][ \t]*(?P<n>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?"
        rf"[ \t]+(?:{_type_words('below_after', optional_stop=False)}))(?![\w])",
        re.IGNORECASE,
    )


# the countries of the Soviet Union, whose districts the "below_after" words name
_SOVIET = frozenset(
    ["RU", "UA", "BY", "EE", "LV", "LT", "MD", "GE", "AM", "AZ", "KZ", "KG", "UZ", "TM", "TJ"]
)


def best_subdivision(hits: list[SubdivisionHit]) -> tuple[SubdivisionHit | None, bool]:
    """The surest hit (the first printed of the surest), and whether another subdivision was named
    as surely."""
    if not hits:
        return None, False
    top = max(h.confidence for h in hits)
    sure = [h for h in hits if h.confidence == top]
    return sure[0], len({_key(h.sub.name) for h in sure}) > 1
