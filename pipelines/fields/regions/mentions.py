"""Finding the countries and states a label names (`find_hits`): names and abbreviations
outside the skipped lines, less those the filters drop (`country_filters`, `state_filters`),
overlaps resolved to the longer name ("N.Mex." is New Mexico), then the OCR's misreadings
(`misreadings`) and a postal code after a county's keyword ("Cochise County, AZ")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipelines.fields.geo import (
    country_name,
    country_names,
    fold,
    fold_same_length,
    latin_titles,
    name_key,
    postal_state,
    province_abbreviations,
    states,
)
from pipelines.fields.ocr_slips import CAPITALS_SLIPS
from pipelines.fields.regions.country_filters import (
    ENGLISH_NOUNS,
    NAME_BEFORE,
    PLACE_AFTER,
    PLACE_BEFORE,
    PROVINCE_AFTER,
    TITLE_BEFORE,
    colony_alone,
    drop_series,
    drop_towns,
    herbarium_country,
    names_a_series,
    not_a_country,
)
from pipelines.fields.regions.hit import Hit
from pipelines.fields.regions.misreadings import (
    after_county_misreadings,
    header_misreadings,
    opening_country_misreadings,
)
from pipelines.fields.regions.patterns import (
    abbreviation_key,
    country_abbreviation_code,
    country_abbreviation_pattern,
    country_name_pattern,
    state_abbreviation_pattern,
    state_name_pattern,
    title_adjective_pattern,
)
from pipelines.fields.regions.skipped import skipped_lines
from pipelines.fields.regions.state_filters import (
    NOT_A_STATE_AFTER,
    STATE_KEY_BEFORE,
    acronym_or_author,
    drop_overprinted,
    headers_state,
    in_a_name,
)
from pipelines.fields.subdivisions import names_subdivision
from pipelines.fields.text import COUNTY_KEY, Label

# "Brit. Cameroons", "Fr. Sample": a colonial word before a country's name the tables do not hold
# with it (historical_countries.csv and its abbreviated forms hold "Brit. Honduras"): the colony
# may be another country than the name's
_COLONY_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:Brit|Br|Fr|Port|Span|Sp|Germ|Belg|Ital|Neth|Ned)\.|(?:British|French|"
    r"Portuguese|Spanish|German|Belgian|Italian|Dutch|Deutsch|Britisch|Französisch)\b)[\s-]+$",
    re.IGNORECASE,
)


# "Guinée portugaise", "Guiana gallica", "Honduras Brit.": a colonial word after a country's name
# the tables do not hold with it, in the labels' languages: the colony may be another country
_COLONY_AFTER = re.compile(
    r"^[\s-]+(?:(?:Brit|Br|Fr|Port|Span|Germ|Belg|Ital|Neth|Ned|Holl|Angl)\.|(?:"
    r"fran[cç]aise?|anglaise?|britannique|hollandaise?|n[ée]erlandaise?|portugaise?|espagnole?|"
    r"allemande?|italienne?|belge|inglesa|holandesa|francesa|portuguesa|espa[nñ]ola|brit[aá]nica|"
    r"alemana|italiana|gallica|anglica|britannica|batava|lusitanica|hispanica|germanica|belgica|"
    r"italica|british|french|dutch|portuguese|spanish|german|belgian|italian)\b)",
    re.IGNORECASE,
)


# a region's type word in lower case before its capitalised name ("obl. Moskovskaja", "gub.
# Estljandskaja"), as the Soviet region names (geo.russian_region_names) are printed in Latin letters
_TYPE_WORD_FIRST = re.compile(r"(?:obl|gub|gouv)\.[ \t]*[A-Z]")


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
    titles: list[Hit] = []  # a Latin title's adjective ("Flora Fennica")
    for lab in labels:
        folded = fold_same_length(lab.text)
        skip = skipped_lines(lab)

        def ok(s: int, lab: Label = lab, skip: list[bool] = skip) -> bool:
            return not skip[lab.line_no(s)]

        for m in country_abbreviation_pattern().finditer(lab.text):
            if ok(m.start()) and not TITLE_BEFORE.search(
                lab.text[max(0, m.start() - 8) : m.start()]
            ):
                code = country_abbreviation_code(m.group(0))
                hits.append(Hit(lab, m.start(), m.end(), "country", code, country_name(code), True))
        hits += _country_names(lab, folded, ok)
        hits += _slipped_country_names(lab, ok, hits)
        titles += _title_adjectives(lab, folded)
        for m in state_name_pattern().finditer(folded):
            if not ok(m.start()) or not lab.text[m.start()].isupper():
                continue
            if in_a_name(lab.text, m.start()):
                continue
            if (
                NOT_A_STATE_AFTER.match(lab.text[m.end() : m.end() + 40])
                and not STATE_KEY_BEFORE.search(lab.text[max(0, m.start() - 20) : m.start()])
                and not headers_state(lab, m.start(), m.end())
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
        for m in state_abbreviation_pattern().finditer(lab.text):
            if not ok(m.start()) or acronym_or_author(lab, m.start(), m.end()):
                continue
            key = abbreviation_key(m.group(0))
            for st in states().get(key, []):
                hits.append(Hit(lab, m.start(), m.end(), "state", st.code, st.name, True))
    others = {h.name for h in hits if h.kind == "state"}
    hits += [h for h in county_named if not others - {h.name}]
    # a title's land is the sheet's where nothing else names another country: the old kingdom's
    # "Flora Hungarica" over "Erdély" (Romania's today) gives way to the region's country, and
    # "Flora Polonica" over "Galicja", a land split since, to none; "Plantae Cubenses" on a sheet
    # that also holds a Mexican state's label to the state's
    # (a state's abbreviation printed bare, in small letters and without its full stop, "Pa",
    # "Ill", is too weak to outvote a title: "Flora Italica / Val di Pa")
    # (a name the tables never take for a country that is a province of the title's, "Flora
    # Hispanica / Sierra de Muestra, Granada", is the province's, no other land's)
    named = [h for h in hits if h.kind in ("country", "state") and not _bare_abbreviation(h)]
    hits += [
        t for t in titles if not {h.code for h in named if not _province_of(h, t.code)} - {t.code}
    ]
    says = _sheet_says(labels)
    provinces = _province_abbreviations(labels, hits, says)
    # a province's abbreviation on a sheet that says its country is no postal code ("OK:" under
    # "Herbarium Musei Fennici" is Kainuu, not Oklahoma)
    said = [p for p in provinces if not p.judged]
    hits = [h for h in hits if h.kind != "state" or not any(_overlap(h, p) for p in said)]
    hits += provinces
    hits = _initials_in_context(hits, says)
    hits = drop_series(drop_towns(drop_overprinted(_drop_overlaps(hits))))
    found = hits + header_misreadings(labels, hits)
    found += opening_country_misreadings(labels, found)
    found += _postal_code_after_county(labels, found)
    return found + after_county_misreadings(labels, found)


def _country_names(lab: Label, folded: str, ok: Callable[[int], bool]) -> list[Hit]:
    """The countries' and regions' names of `country_names` in a label's `folded` text, less
    those that say nothing of where the specimen grew (`country_filters`)."""
    out: list[Hit] = []
    for m in country_name_pattern().finditer(folded):
        if PLACE_AFTER.match(lab.text[m.end() : m.end() + 40]) or PLACE_BEFORE.search(
            lab.text[max(0, m.start() - 10) : m.start()]
        ):
            continue
        entry = country_names().get(name_key(m.group(0)))
        if (
            entry is not None
            and entry.kind == "name"
            and PROVINCE_AFTER.match(lab.text[m.end() : m.end() + 40])
        ):
            continue
        if entry is None or not (
            lab.text[m.start()].isupper() or _TYPE_WORD_FIRST.match(lab.text, m.start(), m.end())
        ):
            continue
        if fold(m.group(0)) in ENGLISH_NOUNS and NAME_BEFORE.search(
            lab.text[max(0, m.start() - 20) : m.start()]
        ):
            continue
        if (
            not ok(m.start())
            and not herbarium_country(lab, m.start(), m.end())
            and not colony_alone(lab, m.start(), m.end(), entry.kind)
        ):
            continue
        if not_a_country(lab, m.start(), m.end()):
            continue
        code = entry.code
        name = country_name(code) if code else ""
        colony = _COLONY_BEFORE.search(
            lab.text[max(0, m.start() - 12) : m.start()]
        ) or _COLONY_AFTER.match(lab.text[m.end() : m.end() + 16])
        out.append(
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
                series=names_a_series(lab, m.end()),
            )
        )
    return out


# a lower-case word's l read as a capital I, a figure 1 or a stroke ("Nov. HoII.", "Fin1and",
# "Ita1y"): mended letter for letter
_L_SLIPS = re.compile(r"(?<=[a-z])[I1|]+(?![A-Z0-9])")
# a word in capitals with a figure or two the OCR read for its O or I ("N0RGE", "SVER1GE",
# "P0RTUGAL", "B0LIVIA"): three capitals at least, so a code's or a number's figures stay
_CAPITALS_FIGURES = re.compile(
    r"(?<![\w|])(?=(?:[A-Z]*[01|]){1,2}[A-Z]*(?![\w|]))(?=(?:[01|]*[A-Z]){3})[A-Z01|]{4,}(?![\w|])"
)


def _mended_slips(text: str) -> tuple[str, list[int]]:
    """`text` with the OCR's slips of a name's letters mended, one character for one
    (`_L_SLIPS`, `_CAPITALS_FIGURES`), and the places mended."""
    slips = [i for m in _L_SLIPS.finditer(text) for i in range(m.start(), m.end())]
    mended = _L_SLIPS.sub(lambda m: "l" * len(m.group(0)), text)
    for m in _CAPITALS_FIGURES.finditer(mended):
        slips += [m.start() + i for i, ch in enumerate(m.group(0)) if ch in "01|"]
    mended = _CAPITALS_FIGURES.sub(lambda m: m.group(0).translate(CAPITALS_SLIPS), mended)
    return mended, slips


def _slipped_country_names(lab: Label, ok: Callable[[int], bool], hits: list[Hit]) -> list[Hit]:
    """The countries' names `_country_names` finds once the OCR's slips of their letters are
    mended (`_mended_slips`: a lower-case word's l read as "I", "1" or "|", a capitals word's O
    or I read as a figure), where a mended letter is inside the name and no mention of the label
    stands there: doubted (ocr_repaired, unsure_reading)."""
    mended, slips = _mended_slips(lab.text)
    if not slips:
        return []
    out: list[Hit] = []
    for h in _country_names(lab, fold_same_length(mended), ok):
        if not any(h.start <= i < h.end for i in slips) or any(
            o.label is lab and o.start < h.end and h.start < o.end for o in hits
        ):
            continue
        h.fuzzy, h.mended = True, True
        out.append(h)
    return out


def _province_of(h: Hit, code: str) -> bool:
    """Whether `h` is a name no country is taken for ("Granada": a land's, a city's and a
    province's) that names a first-level subdivision of the country `code`."""
    return not h.code and h.entry is not None and names_subdivision(h.text, code)


def _bare_abbreviation(h: Hit) -> bool:
    """A state's abbreviation printed without its full stop, not in capitals ("Pa", "Ill")."""
    return h.kind == "state" and h.abbreviation and "." not in h.text and not h.text.isupper()


def _title_adjectives(lab: Label, folded: str) -> list[Hit]:
    """ "PLANTAE PERUVIANAE", "Flora Fennica", "Lichenes Brasilienses": a Latin title naming its
    country with an adjective or a genitive (`title_adjective_pattern`), on a title's line (an
    institution's line too: the title says where the plants are from, as "HERBIER DE FRANCE"
    does); a stem naming a land wider than one country gives no mention."""
    out: list[Hit] = []
    for m in title_adjective_pattern().finditer(folded):
        entry = latin_titles().stems.get(fold(m.group("s")))
        if entry is None or not entry.code:
            continue
        start, end = m.span("w")
        # "Herbarium Australiense": an institution's name as often as a series' (its herbarium
        # holds other lands' plants too), a judgement
        judged = m.group("t") == "herbarium"
        name = country_name(entry.code)
        out.append(
            Hit(lab, start, end, "country", entry.code, name, False, judged=judged, entry=entry)
        )
    return out


# a region's initials ("W.A.", "N.T.")
_REGION_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,}")
# how sure a region's initials' mapping is below which they stand for other lands as often
# ("W.A." West Africa, "N.T." Hong Kong's New Territories: historical_countries.csv)
_INITIALS_GUESS = 0.8


def _initials_in_context(hits: list[Hit], says: set[str]) -> list[Hit]:
    """A region's initials that stand for other lands as often ("W.A.": Western Australia or
    West Africa) only on a sheet that says their country ("AUSTRALIA", "N.S.W.", "Qld" named, or
    another mention of it)."""

    def guess(h: Hit) -> bool:
        return (
            h.entry is not None
            and h.entry.kind == "region"
            and h.entry.confidence < _INITIALS_GUESS
            and _REGION_INITIALS.fullmatch(h.text.strip()) is not None
        )

    named = {h.code for h in hits if h.kind == "country" and not guess(h)} | says
    return [h for h in hits if not guess(h) or h.code in named]


# "Ta: Lammi, Pappilankylä": a Finnish biogeographical province's abbreviation opening a line, a
# colon, and a place's capitalised name; or a Swedish province's with its full stop ("Upl.
# Sampleby sn", "Sk.: Sampleby")
_PROVINCE_ABBREVIATION = re.compile(
    r"^[ \t]*(?P<a>[A-Z][a-z]?[A-Z]?[a-z]?(?=[ \t]*:)|[A-ZÅÄÖ][a-zåäö]{0,5}\.)[ \t]*:?[ \t]*"
    r"(?=[A-ZÅÄÖ][a-zåäö])",
    re.MULTILINE,
)
# a sheet that says which country it is from: the country's or its herbaria's names ("Plantae
# Fennicae", "Herb. Mus. Fenn.", "... HELSINKI"; "Flora Suecica", "Herb. Ups.", a parish's "sn")
_FINNISH_SHEET = re.compile(r"(?<![^\W\d_])(?:fenn|helsin|suomi|finland)", re.IGNORECASE)
_SAID_SHEET = {
    "FI": _FINNISH_SHEET,
    "AX": _FINNISH_SHEET,
    "AU": re.compile(
        # (an Australian herbarium's or city's name: "WESTERN AUSTRALIAN HERBARIUM", "ADELAIDE")
        r"(?<![^\W\d_])(?:australia|australian|aust\.|n\.\s?s\.\s?w|queensland|qld|tasmania"
        r"|canberra|brisbane|adelaide|hobart)(?![^\W\d_])",
        re.IGNORECASE,
    ),
    "SE": re.compile(
        r"(?<![^\W\d_])(?:suec|svec|sverige|sweden|schweden|ups(?:al|\.)|lund|stockholm)"
        r"|(?<![^\W\d_])(?:sn|socken)(?![^\W\d_])",
        re.IGNORECASE,
    ),
}


def _sheet_says(labels: list[Label]) -> set[str]:
    """The countries the sheet says it is from (`_SAID_SHEET`)."""
    return {
        code for code, sheet in _SAID_SHEET.items() if any(sheet.search(x.text) for x in labels)
    }


def _province_abbreviations(labels: list[Label], hits: list[Hit], says: set[str]) -> list[Hit]:
    """A province's abbreviation before a colon at a line's start ("Ta: Exampla, ..."): its
    province and country (`province_abbreviations`), judged where nothing else on the sheet says
    it is from that country (two capitals and a colon are a form's key as often)."""
    table = province_abbreviations()
    # in capitals ("OK:", "KS:") only on a sheet that says its country: elsewhere they are
    # postal codes as often (Oklahoma, Kansas)
    capitals = {a.upper(): entry for a, entry in table.items() if entry.code in says}
    out: list[Hit] = []
    for lab in labels:
        skip = skipped_lines(lab)
        # the first on each label: a label names its province once
        m = next(
            (
                m
                for m in _PROVINCE_ABBREVIATION.finditer(lab.text)
                if (m.group("a") in table or m.group("a") in capitals)
                and not skip[lab.line_no(m.start("a"))]
            ),
            None,
        )
        if m is None:
            continue
        entry = table.get(m.group("a")) or capitals[m.group("a")]
        # (an Åland province on a Finnish sheet, a Finnish one on an Åland sheet: one flora's)
        same = {"FI", "AX"} if entry.code in ("FI", "AX") else {entry.code}
        said = any(h.code in same for h in hits) or entry.code in says
        if not said and m.group("a").endswith("."):
            continue  # "Vg. Muster 1234": a dotted abbreviation is a name's as often
        if not said:
            entry = replace(entry, confidence=min(entry.confidence, _UNSAID))
        out.append(
            Hit(
                lab,
                m.start("a"),
                m.end("a"),
                "country",
                entry.code,
                country_name(entry.code),
                False,
                entry=entry,
                judged=not said,
            )
        )
    return out


_UNSAID = 0.8  # a province's abbreviation on a sheet that says nothing of Finland


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


def _overlap(a: Hit, b: Hit) -> bool:
    return a.label is b.label and a.start < b.end and b.start < a.end


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
