"""Gazetteer-like tables: countries (pycountry's names and their translations into the labels'
languages, plus the tables data/country_names.csv and data/historical_countries.csv) and the
first-level divisions that labels abbreviate (US states, Canadian provinces, Mexican states).

The abbreviations are the ones printed on labels for a century ("Calif.", "N. Mex.", "Chih."), not
postal codes only: postal codes are two capitals that collide with words and are trusted only
before a colon ("CA: Sampleton Co.").
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

import pycountry

from pipelines.fields.lexicon import data_rows


@dataclass(frozen=True)
class Place:
    name: str  # canonical name
    code: str  # ISO 3166-1 alpha-2 of the country
    kind: str  # "country" | "state"


def fold(text: str) -> str:
    """Lower case without accents or punctuation spacing: "México" -> "mexico", "U. S. A." -> "u.s.a."."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", re.sub(r"\.\s+", ".", text)).strip()


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay valid."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


@cache
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c))
    return base.lower() if len(base) == 1 else ch.lower()


_COUNTRY_NAMES: dict[str, str] = {
    "US": "United States",
    "MX": "Mexico",
    "DO": "Dominican Republic",
    "PR": "Puerto Rico",
    "BS": "Bahamas",
    "TC": "Turks and Caicos Islands",
    "UM": "United States Minor Outlying Islands",
    "GB": "United Kingdom",
    "RU": "Russia",
    "KR": "South Korea",
    "VN": "Vietnam",
    "IR": "Iran",
    "SY": "Syria",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "LA": "Laos",
    "BO": "Bolivia",
    "VE": "Venezuela",
}
# Nouns that end a place's name ("Mud Lake", "Mexico Beach"), as regex alternatives; a country's
# or a person's name before one is part of the place's (the regions and the people packages each
# add the nouns their cases needed: "Hill", "Brook" and "Marsh" are surnames too).
PLACE_NOUNS = (
    r"Island|River|Lake|Mountains?|Bay|Creek|Road|Harbou?r|Beach|Pond|Valley|Canyon|Springs?|"
    r"Falls|Park|Gap|Ridge|Swamp"
)
# US territories that labels often print after "USA,": the territory is the better country.
US_TERRITORIES = {"PR", "GU", "VI", "AS", "MP", "UM"}


@dataclass(frozen=True)
class CountryName:
    """What a name printed on a label says of the country (see `country_names`)."""

    code: str  # ISO 3166-1 alpha-2 of today's country; "" where the name names no single one
    kind: str  # "name" (the country's own, in a language), "historical" or "region"
    lang: str = ""  # a name's language: "en", "de", ..., "la" (Latin)
    confidence: float = 1.0  # below 1 where the mapping is a judgement (a colony split since)
    province: str = ""  # a region's stateProvince ("Java", "Nylandia")
    # the region's name as printed is the stateProvince ("Ленинградская обл.")
    printed_province: bool = False

    @property
    def as_printed(self) -> bool:
        """Whether the record keeps the name as printed: a current name in English or Spanish
        ("BAHAMA ISLANDS", "Rep. Dominicana"), as the American herbaria key their Caribbean and
        Latin American sheets; a name in another language ("BRESIL", "Eesti", "Deutschland"), a
        Latin, historical or region's name gives the English name, one form whatever language
        the label is in (the European herbaria key the English name and its ISO code)."""
        return (
            self.kind == "name"
            and self.lang in _AS_PRINTED
            and (self.lang != "es" or self.code in _SPANISH_AMERICA)
        )


# the languages whose current country names the record keeps as printed (`as_printed`)
_AS_PRINTED = frozenset({"en", "es"})
# the countries whose Spanish names the American herbaria key as printed: those of Spanish
# America ("Rep. Dominicana"); a Spanish name of another country ("ESPAÑA", "Alemania") gives
# the English name, as the European herbaria key it
_SPANISH_AMERICA = frozenset(
    {"AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "MX", "NI", "PA", "PY", "PE",
     "PR", "UY", "VE"}
)  # fmt: skip


# The languages of the labels, whose country names pycountry's gettext catalogues give (Latin is
# not among them: data/country_names.csv holds the Latin names labels print).
_LANGUAGES = (
    "de", "fr", "nl", "es", "pt", "it", "sv", "fi", "et", "da", "nb_NO", "nn", "pl", "cs", "sk",
    "ru", "uk", "lv", "lt", "hu", "ro", "hr", "sl", "ca", "sr", "sr@latin", "bg", "be",
)  # fmt: skip


def name_key(text: str) -> str:
    """The form a country's name is looked up in: folded, a hyphen as a space ("Nieuw-Guinea" ->
    "nieuw guinea"), no space around a full stop ("Ned . Indië" -> "ned.indie", "Nov. Holl." and
    "Nov.Holl." -> "nov.holl."), one apostrophe."""
    key = fold(text.replace("-", " ").replace("’", "'"))
    return re.sub(r"\s*\.\s*", ".", key)


def _translations() -> dict[str, tuple[str, str]]:
    """Folded translated name -> (code, language), for the names one country alone bears in every language
    read (sv "Island" is Iceland; names shorter than four letters are left out)."""
    found: dict[str, set[str]] = {}
    langs: dict[str, str] = {}
    for lang in _LANGUAGES:
        catalogue = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                english = getattr(c, attr, None)
                if not english:
                    continue
                local = catalogue.gettext(english)
                if local != english and len(local) >= 4 and not re.search(r"[,(]", local):
                    # the Russian name also in Latin letters, as Soviet labels' transliterations
                    # print it ("Germaniya", "Chekhiya", "Shvetsiya")
                    forms = [local, *(transliterations(local) if lang == "ru" else [])]
                    for form in dict.fromkeys(forms):
                        found.setdefault(name_key(form), set()).add(c.alpha_2)
                        langs.setdefault(name_key(form), lang)
    return {k: (next(iter(codes)), langs[k]) for k, codes in found.items() if len(codes) == 1}


@cache
def country_names() -> dict[str, CountryName]:
    """Every name a label may give a country in (`name_key` form) -> what it says: pycountry's
    English names and their translations into the labels' languages, then data/country_names.csv
    (names the catalogues miss, Latin names, names never taken) and data/historical_countries.csv
    (historical names of countries and colonies, regions that name one country) with the
    regions of data/russian_regions.csv (`russian_region_names`), each overriding the ones before. Abbreviations are not here (`country_abbreviations`)."""
    table = {k: CountryName(code, "name", lang) for k, (code, lang) in _translations().items()}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and not re.search(r"[,(]", name):
                table[name_key(name)] = CountryName(c.alpha_2, "name", "en")
    for row in data_rows("country_names.csv"):
        if row["lang"] != "abbr":
            table[name_key(row["name"])] = CountryName(row["code"], "name", row["lang"])
    table.update(russian_region_names())
    rows = [r for r in data_rows("historical_countries.csv") if r["kind"] != _LINE_ABBREVIATION]
    for row in rows:
        table[name_key(row["name"])] = CountryName(
            row["code"],
            row["kind"],
            "",
            float(row["confidence"] or 1.0),
            row["province"],
        )
    # "Brit. Honduras", "Port. E. Africa": the abbreviated forms of the table's names, where the
    # table names none of its own (a shorter name inside one, "Honduras", must not be taken)
    for row in rows:
        for form in (*_abbreviated(row["name"]), *_inverted(row["name"])):
            table.setdefault(name_key(form), table[name_key(row["name"])])
    # "Nov Zel.", "Cap b. spei": an abbreviated word's full stop lost before the next word, as the
    # OCR loses a small one (not between initials: "N.W.F.P."); in a name of three words or more
    # a one-letter word's too, and the last word's, all of them lost ("Cap b spei", "Nov Cambr
    # austr")
    for row in rows:
        for form in (row["name"], *_abbreviated(row["name"])):
            losts = {re.sub(r"(?<=[^\W\d_]{2})\.(?=\s)", "", form)}
            if len(form.split()) >= 3:
                losts.add(re.sub(r"(?<=[^\W\d_])\.(?=\s|$)", "", form))
            for lost in losts - {form}:
                table.setdefault(name_key(lost), table[name_key(row["name"])])
    return table


_LINE_ABBREVIATION = "line_abbreviation"


@cache
def province_abbreviations() -> dict[str, CountryName]:
    """The abbreviations of Finland's biogeographical provinces as printed at a line's start
    before a colon ("Ta: Lammi, ..."): abbreviation, case as printed -> the entry of the province
    it stands for (data/historical_countries.csv, kind line_abbreviation)."""
    names = country_names()
    return {
        # a province the table names nowhere else ("Victoria" alone is a town's and a lake's as
        # often): its entry from the abbreviation's row
        row["name"]: names.get(name_key(row["province"]))
        or CountryName(row["code"], "region", "", float(row["confidence"] or 1.0), row["province"])
        for row in data_rows("historical_countries.csv")
        if row["kind"] == _LINE_ABBREVIATION
    }


# the colonial words opening a colony's English name ("British Guiana")
_COLONIAL = ("British", "French", "Portuguese", "Spanish", "German", "Belgian", "Italian", "Dutch")

# the words of colonial and regional names that labels abbreviate, and their abbreviations
_ABBREVIATED_WORDS = {
    "British": ("Brit.", "Br."),
    "French": ("Fr.",),
    "Portuguese": ("Port.",),
    "Spanish": ("Span.", "Sp."),
    "German": ("Germ.", "Ger."),
    "Belgian": ("Belg.",),
    "Italian": ("Ital.",),
    "Dutch": ("Neth.",),
    "East": ("E.",),
    "West": ("W.",),
    "North": ("N.",),
    "South": ("S.",),
    "Africa": ("Afr.",),
}


# the type words ending a region's name that labels abbreviate: an Estonian county's
# ("Harju maakond", "Harju mk."), a Latvian district's ("Rīgas raj."), and the islands' word of
# the English names ("Andaman Islands", "Andaman Is.")
_ABBREVIATED_LAST = {
    "maakond": ("mk.", "mk", "maak."),
    "rajons": ("raj.", "r-ns"),  # a Latvian district's ("Rīgas raj.")
    "Islands": ("Is.", "Isl.", "Ids."),
}


def _abbreviated(name: str) -> list[str]:
    """The forms of an English name with its colonial and compass words abbreviated ("British
    East Africa" -> "Brit. East Africa", "Brit. E. Africa", "Br. E. Afr.", ...), of an Estonian
    county's with its type word abbreviated ("Harju maakond" -> "Harju mk."); none for another."""
    words = name.split(" ")
    if len(words) >= 2 and words[-1] in _ABBREVIATED_LAST:
        # the type word's "m" read as "rn" too ("Harju rnaak.", "Tartu rnk."): its name before it
        # is read as printed, and vouches for the slip
        types = (words[-1], *_ABBREVIATED_LAST[words[-1]])
        forms = [*types[1:], *(t.replace("m", "rn") for t in types if "m" in t)]
        return [" ".join([*words[:-1], a]) for a in forms]
    if len(words) < 2 or words[0] not in _COLONIAL:
        return []
    forms = [""]
    for word in words:
        options = (word, *_ABBREVIATED_WORDS.get(word, ()))
        forms = [f"{f} {o}".strip() for f in forms for o in options]
    return [f for f in forms if f != name]


def _inverted(name: str) -> list[str]:
    """A colony's name of two words, its colonial word abbreviated after the land's, as lists
    and Latin labels order them ("British Guiana" -> "Guiana Brit.", "British Honduras" ->
    "Honduras Br."); not "Sp.", a species' mark after a genus as often."""
    words = name.split(" ")
    if len(words) != 2 or words[0] not in _COLONIAL:
        return []
    return [f"{words[1]} {a}" for a in _ABBREVIATED_WORDS.get(words[0], ()) if a != "Sp."]


# the words printed after a Russian region's adjective, by kind (data/russian_regions.csv), in
# Cyrillic and in Latin letters
_RU_TYPE_WORDS = {
    "oblast": ("обл.", "обл", "область", "obl.", "oblast", "oblast'", "oblast’"),
    "krai": ("край", "кр.", "krai", "kray", "kraj"),
    "guberniya": ("губ.", "губерния", "gub.", "guberniya", "gubernija", "gubernia"),
    "ssr": ("ССР", "SSR"),
    "assr": ("АССР", "ASSR"),
}
# ... and after the adjective's oblique case ("Флора Московской области", "в Эстонской ССР"),
# each with its nominative (the stateProvince is the region's name in the nominative)
_RU_OBLIQUE_TYPE_WORDS = {
    "oblast": (("обл.", "обл."), ("области", "область")),
    "krai": (("края", "край"),),
    "guberniya": (("губ.", "губ."), ("губернии", "губерния")),
    "ssr": (("ССР", "ССР"),),
    "assr": (("АССР", "АССР"),),
}
# ... and in Latin letters before it
_RU_TYPE_WORDS_BEFORE = {"oblast": ("obl.",), "guberniya": ("gub.", "gouv.")}
# ... and before a guberniya's Latin adjective ("Prov. Moscoviensis", "Gub. Casanensis")
_RU_LATIN_TYPE_WORDS = ("prov.", "provincia", "gub.", "gouv.", "gubernia", "guberniae")
_RU_HISTORICAL = frozenset({"guberniya", "ssr", "assr"})
# ... and after the name of the town a region is named after ("Leningrad Region", "Kiev obl.")
_RU_TOWN_TYPE_WORDS = {
    "oblast": ("obl.", "oblast", "region", "prov.", "province"),
    "krai": ("krai", "kray", "region", "territory"),
    "guberniya": (
        "gub.", "gouv.", "guberniya", "gubernija", "government", "governorate", "prov.", "province",
    ),
}  # fmt: skip
# ... and before it ("Gub. Jaroslavl", "Prov. Leningrad", "Obl. Kaluga"): Latin labels call any
# of them a province
_RU_TOWN_TYPE_WORDS_BEFORE = {
    "oblast": ("obl.", "oblast", "prov.", "province", "provincia", "province of", "region of"),
    "guberniya": (
        "gub.", "gouv.", "prov.", "province", "provincia", "gubernia", "province of",
        "government of", "governorate of",
    ),
}  # fmt: skip


def _towns(cell: str) -> list[str]:
    """A region's town in Latin letters: its Cyrillic name in both transliterations and the
    English names beside it ("Москва|Moscow" -> Moskva, Moscow)."""
    out: list[str] = []
    for name in filter(None, (n.strip() for n in cell.split("|"))):
        out += transliterations(name) if re.search(r"[а-яА-ЯёЁ]", name) else [name]
    return list(dict.fromkeys(out))


# two transliterations of Russian: the BGN/PCGN one ("Leningradskaya") and the scholarly one
# older European labels print ("Leningradskaja"); letters not listed are the same in both
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
}  # fmt: skip
_TRANSLIT_BY_SCHEME = (
    {"ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ю": "yu", "я": "ya"},
    {"ж": "zh", "й": "j", "х": "ch", "ц": "c", "ю": "ju", "я": "ja"},
)


def transliterations(cyrillic: str) -> list[str]:
    """A Russian word in Latin letters, in both schemes ("Ленинградская" -> "Leningradskaya",
    "Leningradskaja")."""
    out: list[str] = []
    for scheme in _TRANSLIT_BY_SCHEME:
        letters = []
        for ch in cyrillic:
            low = ch.lower()
            latin = scheme.get(low, _TRANSLIT.get(low, ch))
            letters.append(latin.capitalize() if ch != low else latin)
        out.append("".join(letters))
    return list(dict.fromkeys(out))


def _masculine(adjective: str) -> str:
    """ "Краснодарская" -> "Краснодарский" (a krai is masculine)."""
    return adjective[:-2] + "ий" if adjective.endswith("ая") else adjective


def _oblique(adjective: str) -> str:
    """The genitive, dative and prepositional of an adjective ("Московская" -> "Московской",
    "Краснодарский" -> "Краснодарского"); a word that is no adjective ("Коми") stays."""
    if adjective.endswith("ая"):
        return adjective[:-2] + "ой"
    if adjective.endswith("ий"):
        return adjective[:-2] + "ого"
    return adjective


@cache
def russian_region_names() -> dict[str, CountryName]:
    """The names of Russian and Soviet regions (data/russian_regions.csv), in Cyrillic and in
    Latin letters, each with its type word ("Ленинградская обл.", "Leningradskaya obl.",
    "Эстонская ССР", "Курляндская губ."): `name_key` form -> what it says of the country and the
    stateProvince (oblasts, krais and guberniyas: the name as printed)."""
    table: dict[str, CountryName] = {}
    for row in data_rows("russian_regions.csv"):
        kind = row["kind"]
        adjective = _masculine(row["adjective"]) if kind == "krai" else row["adjective"]
        entry = CountryName(
            row["code"],
            "historical" if kind in _RU_HISTORICAL else "region",
            "ru",
            float(row["confidence"] or 1.0),
            printed_province=kind not in ("ssr", "assr"),
        )
        for word in _RU_TYPE_WORDS[kind]:
            latin = not re.search(r"[а-яА-Я]", word)
            for adj in transliterations(adjective) if latin else [adjective]:
                table.setdefault(name_key(f"{adj} {word}"), entry)
        # the type word first, as labels in Latin letters often print it ("Gub. Estljandskaja")
        for word in _RU_TYPE_WORDS_BEFORE.get(kind, ()):
            for adj in transliterations(adjective):
                table.setdefault(name_key(f"{word} {adj}"), entry)
        # the town it is named after, in Latin letters ("Leningrad Region", "Gub. Jaroslavl")
        for town in _towns(row.get("town") or ""):
            for word in _RU_TOWN_TYPE_WORDS.get(kind, ()):
                table.setdefault(name_key(f"{town} {word}"), entry)
            for word in _RU_TOWN_TYPE_WORDS_BEFORE.get(kind, ()):
                # (its full stop lost as often as not: "Prov Leningrad")
                for form in dict.fromkeys((word, word.rstrip("."))):
                    table.setdefault(name_key(f"{form} {town}"), entry)
        # its Latin adjective after the Latin labels' word for a province ("Prov. Moscoviensis")
        for adj in filter(None, (a.strip() for a in (row.get("latin") or "").split("|"))):
            for word in _RU_LATIN_TYPE_WORDS:
                table.setdefault(name_key(f"{word} {adj}"), entry)
        for word, nominative in _RU_OBLIQUE_TYPE_WORDS[kind]:
            province = f"{adjective} {nominative}" if entry.printed_province else ""
            oblique = replace(entry, province=province, printed_province=False)
            table.setdefault(name_key(f"{_oblique(adjective)} {word}"), oblique)
    return table


@dataclass(frozen=True)
class LatinTitles:
    """The words of data/latin_titles.csv: a title's first words, the words a title may hold before
    its adjective, and the adjectives' and genitives' stems with what each says of the country."""

    titles: tuple[str, ...]
    between: tuple[str, ...]
    stems: dict[str, CountryName]


@cache
def latin_titles() -> LatinTitles:
    """The Latin titles' words ("Flora", "Plantae", "exsiccatae") and stems ("peruvian" -> Peru,
    "javanic" -> Indonesia, stateProvince Java; "african" -> no country), from
    data/latin_titles.csv. A stem with a province is a region's ("Flora Javanica")."""
    rows = data_rows("latin_titles.csv")
    stems = {
        fold(r["word"]): CountryName(
            r["code"],
            "region" if r["province"] else "name",
            "la",
            float(r["confidence"] or 1.0),
            r["province"],
        )
        for r in rows
        if r["kind"] == "stem"
    }
    return LatinTitles(
        tuple(r["word"] for r in rows if r["kind"] == "title"),
        tuple(r["word"] for r in rows if r["kind"] == "between"),
        stems,
    )


@cache
def countries() -> dict[str, str]:
    """Folded country name -> alpha-2 code, for the names that name one country."""
    return {k: v.code for k, v in country_names().items() if v.code}


@cache
def shared_islands() -> frozenset[str]:
    """The provinces (folded) of the regions that name no single country: islands several
    countries share ("New Guinea", "Borneo"), never a sure stateProvince of either."""
    names = country_names().values()
    return frozenset(
        fold(v.province) for v in names if v.kind == "region" and not v.code and v.province
    )


@cache
def country_abbreviations() -> dict[str, str]:
    """Short forms accepted only in their exact printed shape, case-sensitively ("U.S.A.", "Mex.",
    "Madag."): printed form -> code."""
    return {r["name"]: r["code"] for r in data_rows("country_names.csv") if r["lang"] == "abbr"}


def country_name(code: str) -> str:
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code]
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return str(getattr(c, "common_name", None) or c.name)


_US_STATES = """Alabama|Ala.|AL;Alaska|Alas.|AK;Arizona|Ariz.|AZ;Arkansas|Ark.|AR;California|Calif.,Cal.,
Cali.|CA;Colorado|Colo.|CO;Connecticut|Conn.|CT;Delaware|Del.|DE;Florida|Fla.|FL;Georgia|Ga.|GA;
Hawaii|Haw.|HI;Idaho|Ida.|ID;Illinois|Ill.|IL;Indiana|Ind.|IN;Iowa|Ia.|IA;Kansas|Kans.,Kan.|KS;
Kentucky|Ky.|KY;Louisiana|La.|LA;Maine|Me.|ME;Maryland|Md.|MD;Massachusetts|Mass.|MA;
Michigan|Mich.|MI;Minnesota|Minn.|MN;Mississippi|Miss.|MS;Missouri|Mo.|MO;Montana|Mont.|MT;
Nebraska|Nebr.,Neb.|NE;Nevada|Nev.|NV;New Hampshire|N.H.|NH;New Jersey|N.J.|NJ;
New Mexico|N.Mex.,N.M.|NM;New York|N.Y.|NY;North Carolina|N.C.,N.Car.|NC;North Dakota|N.Dak.,N.D.|ND;
Ohio||OH;Oklahoma|Okla.|OK;Oregon|Ore.,Oreg.|OR;Pennsylvania|Pa.,Penn.,Penna.|PA;
Rhode Island|R.I.|RI;South Carolina|S.C.,S.Car.|SC;South Dakota|S.Dak.,S.D.|SD;Tennessee|Tenn.|TN;
Texas|Tex.|TX;Utah|Ut.|UT;Vermont|Vt.|VT;Virginia|Va.|VA;Washington|Wash.|WA;
West Virginia|W.Va.,W.Virginia|WV;Wisconsin|Wis.,Wisc.|WI;Wyoming|Wyo.|WY;
District of Columbia|D.C.|DC"""
_CA_PROVINCES = """Alberta|Alta.|AB;British Columbia|B.C.|BC;Manitoba|Man.|MB;New Brunswick|N.B.|NB;
Newfoundland|Nfld.|NL;Nova Scotia|N.S.|NS;Ontario|Ont.|ON;Prince Edward Island|P.E.I.|PE;
Quebec|Que.,Qué.,P.Q.|QC;Québec||QC;Saskatchewan|Sask.|SK;Northwest Territories|N.W.T.|NT;
Yukon|Yuk.,Y.T.|YT;Nunavut||NU"""
# Mexican states as abbreviated on labels; "Mich." and "Mex." need the country to decide. The state
# of México is named with its type word ("Estado de México"): alone, "México" is the country.
_MX_STATES = """Aguascalientes|Ags.;Baja California Sur|B.C.S.,Baja Calif. Sur;
Baja California|B.C.,Baja Calif.;Campeche|Camp.;Chiapas|Chis.;Chihuahua|Chih.;Coahuila|Coah.;
Colima|;Distrito Federal|D.F.;Estado de México|Edo. de México,Edo. de Mexico,Edo. Méx.,Edo. Mex.;Durango|Dgo.;Guanajuato|Gto.;Guerrero|Gro.;Hidalgo|Hgo.;Jalisco|Jal.;
Michoacán|Mich.,Michoacan;Morelos|Mor.;Nayarit|Nay.;Nuevo León|N.L.,Nuevo Leon;Oaxaca|Oax.;
Puebla|Pue.;Querétaro|Qro.,Queretaro;Quintana Roo|Q.R.,Q. Roo;San Luis Potosí|S.L.P.,San Luis Potosi;
Sinaloa|Sin.;Sonora|Son.;Tabasco|Tab.;Tamaulipas|Tamps.,Tamp.;Tlaxcala|Tlax.;Veracruz|Ver.;
Yucatán|Yuc.,Yucatan;Zacatecas|Zac."""


@dataclass(frozen=True)
class StateEntry:
    name: str
    code: str  # country
    abbreviation: bool


@cache
def states() -> dict[str, list[StateEntry]]:
    """Printed form (case-sensitive for abbreviations, folded for names) -> possible states."""
    table: dict[str, list[StateEntry]] = {}

    def add(key: str, entry: StateEntry) -> None:
        table.setdefault(key, []).append(entry)

    for block, code in ((_US_STATES, "US"), (_CA_PROVINCES, "CA")):
        for item in block.replace("\n", "").split(";"):
            name, abbrevs, postal = item.split("|")
            add(fold(name), StateEntry(name, code, False))
            for a in filter(None, abbrevs.split(",")):
                add(a, StateEntry(name, code, True))
            add(postal + ":", StateEntry(name, code, True))
    for item in _MX_STATES.replace("\n", "").split(";"):
        name, abbrevs = item.split("|")
        add(fold(name), StateEntry(name, "MX", False))
        for a in filter(None, abbrevs.split(",")):
            if a.endswith("."):
                add(a, StateEntry(name, "MX", True))
            else:
                add(fold(a), StateEntry(name, "MX", False))
    return table


@cache
def us_counties() -> dict[str, dict[str, str]]:
    """US state name -> {folded county name: the county's name}, from data/us_counties.csv (the
    Census Bureau's 3,143 counties, parishes and boroughs; see scripts/make_us_counties.py)."""
    table: dict[str, dict[str, str]] = {}
    for row in data_rows("us_counties.csv"):
        table.setdefault(row["state"], {})[fold(row["county"])] = row["county"]
    return table


def postal_state(code: str) -> StateEntry | None:
    """The one state or province a two-letter postal code stands for ("NC", "ON"), if any."""
    entries = states().get(code + ":", [])
    return entries[0] if len(entries) == 1 else None


@cache
def given_names() -> frozenset[str]:
    """The folded names more US residents bear as a first name than as a surname ("wayne",
    "marie"; not "powell", "lee"), from data/given_names.csv (the Census Bureau's 1990 name
    frequencies; see scripts/make_given_names.py)."""
    return frozenset(fold(row["name"]) for row in data_rows("given_names.csv"))


@cache
def folded_place_words(kind: str) -> frozenset[str]:
    """The folded words of data/place_words.csv of `kind` in every language."""
    return frozenset(fold(r["word"]) for r in data_rows("place_words.csv") if r["kind"] == kind)


def place_nouns() -> frozenset[str]:
    """The folded kinds of place in every language (data/place_words.csv, kind geo): "river",
    "insel", "jarvi", "fort". A person's or a taxon's "name" holding one is more likely a place."""
    return folded_place_words("geo")
