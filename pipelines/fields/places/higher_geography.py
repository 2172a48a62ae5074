"""The country, state and county above the locality, which keyers give fields of their own: a
state's or a country's name alone (`is_state`, `country_alone`), a block naming nothing else
(`only_higher_geography`), and the head or tail of a locality they are cut from
(`drop_higher_geography`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from models.fields import FieldCandidate
from pipelines.fields.geo import (
    country_abbreviations,
    country_names,
    fold,
    fold_same_length,
    latin_titles,
    name_key,
    states,
)
from pipelines.fields.lexicon import data_rows
from pipelines.fields.ocr_slips import capitals_slips_mended, small_letters_mended
from pipelines.fields.places.claimed import RegionSpan, Span, regions_on
from pipelines.fields.places.cues import GEO_WORDS, cue_pattern, place_words
from pipelines.fields.places.repairs import capitals_mended
from pipelines.fields.regions.patterns import title_adjective_pattern
from pipelines.fields.text import Label, label_of
from pipelines.fields.vicecounty import is_british_county


def is_state(name: str) -> bool:
    """Whether `name` is a state's or a province's full name ("West Virginia", "QUEBEC"), not an
    abbreviation ("Tex.", "CA:")."""
    return any(not e.abbreviation for e in states().get(fold(name), []))


def _is_us_state(name: str) -> bool:
    """Whether `name` is a state's name or abbreviation as printed ("Wis.", "WISCONSIN")."""
    table = states()
    return bool(table.get(name) or table.get(name.rstrip(".")) or table.get(fold(name)))


def country_alone(text: str) -> bool:
    """Whether `text` is a country's name and nothing else ("FRANCE", "Brasilia.")."""
    return name_key(text.strip(" .,;:\n")) in country_names()


# A region's name (up to four words opening with a letter, the OCR's figure inside one perhaps)
# and its colon opening a line ("KUMA0N:", "Minas Gerais:", "PROV. EXAMPLA:", "Sj.:")
_REGION_COLON = re.compile(r"[ \t]*[^\W\d_][\w'’-]*\.?(?:[ \t]+[^\W\d_][\w.'’-]*){0,3}[ \t]?:[ \t]")


# A province's or a department's word opening a line ("Dept. Sampla, Prov. Exempla; ...",
# "DEPARTAMENTO DE EXAMPLA", "Edo. Exampla"), as Latin American sheets head their place
_SUBDIVISION_HEAD = re.compile(
    r"[ \t]*(?i:(?:prov|dept|depto|dpto|mpio|edo)\.|provincia|departamento|estado|municipio)"
)


# A county's name in full alone on its line ("Exampla County", "SAMPLE COUNTY:")
_COUNTY_LINE = re.compile(
    r"[ \t]*(?:(?:St\.|[A-Z][\w'’-]*)[ \t]+){1,3}(?:County|COUNTY)[ \t]*[.,:;]?[ \t]*"
)


# A colony's, a protectorate's or a territory's word after the country's name
_COLONIAL_STATUS = re.compile(r"[ \t]+(?i:colony|protectorate|territory|mandate)$")


def country_line(text: str) -> bool:
    """Whether the line `text` is a country's name alone (`country_alone`), in capitals perhaps
    with the OCR's slips ("BRAZlL", "CH1NA", "INDIA:")."""
    line = text.strip(" .,;:\t")
    if country_alone(line):
        return True  # ("CAPE COLONY" is the name of one)
    # (a colony's or a protectorate's word after it: "KENYA COLONY", "Uganda Protectorate")
    line = _COLONIAL_STATUS.sub("", line)
    if country_alone(line):
        return True
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < 4 or sum(ch.isupper() for ch in letters) < len(letters) - 2:
        return False
    mended = capitals_slips_mended(line)
    return mended != line and country_alone(mended)


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


def only_higher_geography(text: str, s: int, e: int, regions: Sequence[Span]) -> bool:
    """Whether `text[s:e]` says nothing but country, state and county names: fewer than three
    letters are left once they (`regions`, offsets in `text`) and the words of administrative
    divisions are taken out, "of" and "de" aside."""
    chars = list(text[s:e])
    for rs, re_ in regions:
        # a region outside the span (the state in a title above it) is no part of it
        rs, re_ = max(rs, s), min(re_, e)
        if rs < re_:
            chars[rs - s : re_ - s] = " " * (re_ - rs)
    rest = _ADMINISTRATIVE.sub(" ", "".join(chars))
    rest = _OLD_REGION_WORDS.sub(" ", rest)  # "BRITISH ISLES:", "Afr. trop."
    rest = re.sub(r"\b(?:of|OF|de|DE|del|DEL|the|THE)\b", " ", rest)
    return sum(ch.isalpha() for ch in rest) < 3


# "Exampla County: ca. 5 mi E of ...", "U. S. A., SOUTH DAKOTA: Sample Co., Exampleton": the
# county (and what precedes it on its line) heads the locality; it is a field of its own.
# "Sample Co.: top of ...", "U. S. A., OHIO: Exampla Co., / Sampleton": the county (and
# the regions before it) heading the locality; taken off only where that head names nothing but
# regions ("Springdale, Travis Co., Texas": there the county closes a place)
_COUNTY_HEAD = re.compile(
    r"[^\n;]{0,60}?(?<![A-Za-z])(?:County|COUNTY|Co\.|CO\.|co\.|Parish|PARISH)\s*[:;,]\s*"
    # "Co. Kerry: ...", the Irish order
    r"|\s*(?:Co\.|CO\.)[ \t]*[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?\s*[:;]\s*"
)
# "..., Pocahontas Co.", "...,\nMercer County": the county closing it; an insect label's last line
# "San Mateo Co." is its locality's own last item and stays.
_COUNTY_TAIL = re.compile(
    # ("Co" its stop lost: "..., Sample Hill, Probe Co")
    r"[,;][ \t]*(?:(?:St\.|[A-Z][\w'’-]*)[ \t]+){1,3}(?:County|COUNTY|Co\.|CO\.|Co|Parish|PARISH)\.?$"
    r"|[,;]\s*(?:(?:St\.|[A-Z][\w'’-]*)[ \t]+){1,3}(?:County|COUNTY|Parish|PARISH)\.?$"
)


# The county and its state closing the place's line after a comma ("..., Sampla Co., Ill.",
# "..., Exampla County, Wisconsin"), on one line (an insect's pin's lines "Alameda Co. / Calif."
# are its place's, given whole)
_COUNTY_STATE_TAIL = re.compile(
    r"[,;][ \t]*(?:(?:St\.|[A-Z][\w'’-]*)[ \t]+){1,3}(?:County|COUNTY|Co\.|CO\.)[ \t]*,?[ \t]*"
    r"(?P<state>[A-Zl][A-Za-z]{1,14}(?:[ \t][A-Z][a-z]+)?\.?)[ \t.]*$"
)


def past_county_tail(text: str, end: int) -> int:
    """Where the county and its state cut off the end of a locality ending at `end`
    (`drop_higher_geography`) end on its line ("Sampleton, Exampla Co., Ill. / Prairie": the
    line's end; "..., Exampla Co., Calif. On granite.": the state's stop), so that what follows
    them is read as the site's; else `end`."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _COUNTY_TAIL.match(text, end, line_end) is not None:
        return line_end
    for pattern in (_COUNTY_STATE_TAIL, _COUNTY_THEN_SENTENCE):
        m = pattern.match(text, end, line_end)
        if m is not None and (m["state"] is None or _is_us_state(re.sub(r"^l", "I", m["state"]))):
            return m.end("state") if m["state"] is not None else m.end()
    return end


# The county, perhaps its state, then a sentence on the line ("..., Exampla Co., Calif. On
# granite.")
_COUNTY_THEN_SENTENCE = re.compile(
    r"[,;][ \t]*(?:(?:St\.|[A-Z][\w'’-]*)[ \t]+){1,3}(?:County|COUNTY|Co\.|CO\.)"
    r"(?:[ \t]*,?[ \t]*(?P<state>[A-Zl][A-Za-z]{1,14}\.))?(?=[ \t]+[A-Z][a-z])"
)


# An old Latin name of a region printed at the head of a form's locality ("Archipel. Ind.:",
# "Amer. sept.", "Ins. Ind. or."), data/place_cues.csv role region: keyers leave it out
_OLD_REGION_HEAD = re.compile(r"\s*" + cue_pattern("region") + r"\s*[:.,;]?\s*")
_OLD_REGION_WORDS = re.compile(cue_pattern("region", upper=True))
_OLD_REGION = re.compile(r"[^\w\n]*" + cue_pattern("region", upper=True) + r"[^\w\n]*")


def old_region(text: str) -> bool:
    """Whether `text` is only a wide region's old or printed name ("Afr. trop.", "BRITISH
    ISLES"), as printed over a sheet's or a pin's place, or as the OCR read it, its stops or
    spaces lost and its letters read as figures ("Cap b.spei", "N0v. Ho11.": `_squeezed`)."""
    return _OLD_REGION.fullmatch(text) is not None or _squeezed(text) in _old_region_keys()


def _squeezed(text: str) -> str:
    """`text` folded to its letters, an "0" as "o" and a "1" or "|" as "l", without its stops
    and blanks: the key an old region's abbreviated name is known by whatever the OCR made of
    its stops and spaces."""
    return re.sub(r"[\W_]", "", fold(text).translate(_SQUEEZE_FIGURES))


_SQUEEZE_FIGURES = str.maketrans({"0": "o", "1": "l", "|": "l"})


@cache
def _old_region_keys() -> frozenset[str]:
    """The squeezed keys (`_squeezed`) of the old regions' names of data/place_cues.csv (role
    region), of five letters or more (no short word's)."""
    keys = (_squeezed(r["cue"]) for r in data_rows("place_cues.csv") if r["role"] == "region")
    return frozenset(k for k in keys if len(k) >= 5)


def _country_and_region_head(text: str, s: int, e: int, regions: Sequence[Span]) -> bool:
    """Whether the line `text[s:e]` is a country's name, then a region's, and nothing else, left
    open by a comma or a colon over the place's line ("Sverige. Småland, / Sampleby socken, ...",
    "SUECIA, Uppland: / Sampleby"): a sheet's printed head of its place, which keyers give the
    country's and the state's fields (a pin's "MEX Baja Calif." over its place, closed, is given
    whole)."""
    line = text[s:e].rstrip(" \t")
    head = re.match(r"[ \t]*([^,.:;\n]+?)[ \t]*[,.:;]", line)
    return (
        line.endswith((",", ":"))
        and head is not None
        and country_line(head.group(1))
        # a region's name after the country's ("CAICOS ISLANDS, / South Caicos": the country
        # alone over the place, which the US herbaria key with it)
        and sum(ch.isalpha() for ch in line[head.end() :]) >= 3
        and only_higher_geography(text, s, e, regions)
    )


def drop_higher_geography(
    text: str, s: int, e: int, regions: Sequence[RegionSpan], position: int
) -> Span:
    """The locality without the county, state or country that head or close it ("West Virginia:
    top of Example Knob (1190 m.), Knox Co."): keyers give those their own fields."""
    text = capitals_mended(text)  # (its offsets kept: "SAMPLE C0UNTY: ...")
    first = text.find("\n", s, e)
    county_cut = False
    if (
        first > s
        and (
            (
                country_line(text[s:first])
                and (
                    _REGION_COLON.match(text, first + 1, e) is not None
                    or _SUBDIVISION_HEAD.match(text, first + 1, e) is not None
                )
            )
            or _COUNTY_LINE.fullmatch(text, s, first) is not None
            or _country_and_region_head(text, s, first, regions_on(regions, position))
        )
        and sum(ch.isalpha() for ch in text[first:e]) >= 3
        and not only_higher_geography(text, first, e, regions_on(regions, position))
    ):
        # "INDIA / KUMA0N: near Sampleton", "BRAZlL / Minas Gerais: Serra do Exemplo": the
        # country's line over a region's and its place, which keyers give a field of its own
        # (not over the place alone: "MADAGASCAR / Forêt d'Exemple" is an insect's pin's place,
        # given whole); a county's line in full over the place ("Exampla County / Sand dunes
        # near Sampleton"; an insect's "Sample Co. / Exampleton" is given whole)
        county_cut = _COUNTY_LINE.fullmatch(text, s, first) is not None
        s = first + 1
        while s < e and text[s] in " \t\n":
            s += 1
    old = _OLD_REGION_HEAD.match(text, s, e)
    if (
        old is not None
        and sum(ch.isalpha() for ch in text[old.end() : e]) >= 3
        # on the place's line, or a form's key over it; a region alone on its line over a word
        # ("Nov. Holl. / Sampleby") is the place a keyer gives whole
        and ("\n" not in old.group(0) or ":" in old.group(0))
    ):
        s = old.end()  # "Archipel. Ind.: Exempla": the printed form's region
    m = _COUNTY_HEAD.match(text, s, e)
    inside = regions_on(regions, position)
    if (
        m is not None
        and sum(ch.isalpha() for ch in text[m.end() : e]) >= 3
        and only_higher_geography(text, s, m.end(), inside)
        # "Sampleton Co., Calif." alone on an insect's label: the state's abbreviation is no
        # place left once the county is cut; the county and state are the locality then
        and not only_higher_geography(text, m.end(), e, inside)
    ):
        s, county_cut = m.end(), True
        # "Sampla Co., Wis.; Sampleton": a state's abbreviation after the county goes too
        for p, rs, re_ in regions:
            head = re.match(r"\s*[:;,]\s+", text[re_:e])
            if (
                p == position
                and rs == s
                and _is_us_state(text[rs:re_])
                and head is not None
                and sum(ch.isalpha() for ch in text[re_ + head.end() : e]) >= 3
            ):
                s = re_ + head.end()
    for p, rs, re_ in regions:
        # a state's full name ("Kentucky: top of ..."), after its country's name perhaps
        # ("SVERIGE. Jämtland: Exempelåsen"); "CAL:Napa Co." is one word to the keyers of insect
        # labels, and a country may stay
        # ("SVERIGE. Jämtland: ...": any region the sheet's regions found after the country)
        # (a country's name is short: a longer head is read no further, nor scanned)
        country = (
            s < rs <= s + 40 and re.search(r"[.,:]\s*$", text[s:rs]) and country_alone(text[s:rs])
        )
        if p != position or not (country or (rs == s and is_state(text[rs:re_]))):
            continue
        # or, after a county cut off its line, closing that line over the place ("Plants of
        # Exampla County, Oregon / Sampleton, T 2S R 3E": the series' title's state; not an
        # insect label's "Oaxaca / Oaxaca, Mex.", which keyers give whole)
        head = re.match(
            r"\s*:\s+" + (r"|[ \t]*[.,;]?[ \t]*\n\s*" if county_cut else ""), text[re_:e]
        )
        if head is not None and sum(ch.isalpha() for ch in text[re_ + head.end() : e]) >= 3:
            s = re_ + head.end()
    last = text.rfind("\n", s, e)
    if (
        last > s
        and _COUNTY_LINE.fullmatch(text, last + 1, e) is not None
        and sum(ch.isalpha() for ch in text[s:last]) >= 3
        and not only_higher_geography(text, s, last, regions_on(regions, position))
    ):
        # "Sample Lake / Exampla County": a county's line in full under the place, as over it
        e = last
        while e > s and text[e - 1] in " \t,;":
            e -= 1
    tail = _COUNTY_TAIL.search(text, s, e)
    if tail is None and (
        (both := _COUNTY_STATE_TAIL.search(text, s, e)) is not None
        # (its "I" read as an "l" by the OCR: "lll.", "lowa")
        and _is_us_state(re.sub(r"^l", "I", both["state"]))
        # a place described before them ("Springdale, Travis Co., Texas": a town's name alone
        # keeps its county and state, which say which one)
        and GEO_WORDS.search(text, s, both.start()) is not None
    ):
        tail = both  # "Along Beeby Creek, 2 mi. S of Exampla, Sampla Co., Ill.": and its state
    if (
        tail is not None
        and sum(ch.isalpha() for ch in text[s : tail.start()]) >= 3
        # "Calif., Sampleton Co.": no place is left before the county but the state
        and not only_higher_geography(text, s, tail.start(), regions_on(regions, position))
    ):
        e = tail.start()
    return s, e


def before_country_tail(text: str, s: int, e: int, regions: Sequence[Span] = ()) -> int:
    """Where the locality `text[s:e]` ends before the country's name that closes its last line
    after a comma and a region's ("Probeham, Kent, England", "Sampleton, New England, U.S.A.",
    "Musterdorf, Thüringen, Deutschland"): the higher geography a database keeps in fields of its
    own, which keyers leave out of the place (`regions`: the offsets in `text` of the names of
    countries, states and counties found on the label). A town's name before the country keeps
    it ("Sampleton Station, Rio Piedras, Puerto Rico", as the US herbaria key it), as does a US or
    a Mexican state's name (the postal line of an American sheet or pin), and only a
    country's own name is cut (in any language, "U.S.A.", the United Kingdom's nations:
    `_country_tail_name`), never a region's or an old province's ("Pietermaritzburg, Natal") nor
    a US state's ("Sampleton, Georgia"). `e` where no country closes it so."""
    for _ in range(2):  # (a nation, then its country: "Sampleton, Argyll, Scotland, UK")
        m = _COUNTRY_TAIL.search(text, s, e)
        if m is None or not _country_tail_name(m["name"]):
            return e
        start = max(text.rfind(",", s, m.start()) + 1, text.rfind("\n", s, m.start()) + 1, s)
        region = text[start : m.start()].strip(" \t\n")
        if _american_state(region) or not (
            _region_named(text, start, m.start(), regions) or _country_tail_name(region)
        ):
            # (a US or a Mexican state before its country, the postal line the American
            # herbaria and pins key whole: "Muestla / Oaxaca, Mex.", "Sampleton, Vermont, U.S.A.")
            return e
        end = m.start()
        while end > s and text[end - 1] in " \t,;":
            end -= 1
        e = end
    return e


def _american_state(name: str) -> bool:
    """Whether `name` is a US or a Mexican state's name or abbreviation ("Oaxaca", "Vt.")."""
    table = states()
    entries = table.get(name) or table.get(name + ".") or table.get(fold(name)) or []
    return any(entry.code in ("US", "MX") for entry in entries)


def _region_named(text: str, s: int, e: int, regions: Sequence[Span]) -> bool:
    """Whether `text[s:e]` is a region's name in full and nothing else: one of `regions` (a
    state, a province, a country's region: "Ontario", "New England", "Java"), a British county
    ("Kent", "Perthshire"), or a county with its word ("Co. Exampla")."""
    while s < e and text[s] in " \t\n":
        s += 1
    while e > s and text[e - 1] in " \t\n.":
        e -= 1
    name = text[s:e]
    if not name:
        return False
    if text[e : e + 1] == ".":
        # (a state's abbreviation: "18 mi. W Sampleton / Chih., Mexico", "Vt., U.S.A.", a US
        # pin's or sheet's postal line, which their keyers give whole; a British county's is
        # the county's: "Probeham, Yorks., England")
        return is_british_county(name + ".") and not _american_state(name)
    if any(rs <= s and e <= re_ + 1 for rs, re_ in regions):
        return True
    # (or a county's or a state's name closing the place's name, their comma lost: "Probeham
    # Kent, England"; not a region the labels' title names: "PLANTS OF SAMPLE ISLAND, BAHAMAS")
    words = name.split()
    return any(_region_name(" ".join(words[-k:])) for k in range(1, min(3, len(words)) + 1))


def _region_name(name: str) -> bool:
    """Whether `name` is a British county's, a state's or a county's with its word in full."""
    return (
        is_british_county(name)
        or is_state(name)
        or _is_us_state(name + ".")
        or _is_us_state(name)
        or _ADMINISTRATIVE.fullmatch(name) is not None
    )


# A comma and the name after it closing the locality's last line (its stop, if any, after it)
_COUNTRY_TAIL = re.compile(r",[ \t]+(?P<name>[^\W\d_][^,;:\n]{1,30}?)[ \t.]*$")


def _country_tail_name(name: str) -> bool:
    """Whether `name` (as the OCR may misread it: "ENGLAND.", "Wa1es") is a country's own name
    (`country_names`, kind "name") or a colony's or an old country's that names a whole country
    of today ("Ned. Indië", "Ceylon"; not an old province's: "Natal"), no US state's, or a nation
    of the United Kingdom (data/place_words.csv, kind nation)."""
    name = small_letters_mended(capitals_mended(name)).strip(" ")
    abbreviations = country_abbreviations()
    if any(form in abbreviations for form in (name, name.rstrip("."), name.rstrip(".") + ".")):
        return True  # "U.K.", "Gt. Britain", "N.Z." as printed
    name = name.strip(".")
    entry = country_names().get(name_key(name))
    if (
        entry is not None
        and entry.code
        and (entry.kind == "name" or (entry.kind == "historical" and not entry.province))
        and not is_state(name)
    ):
        return True
    return _NATION.fullmatch(name) is not None


_NATION = re.compile(place_words("nation"), re.IGNORECASE)


def without_county_lines(value: str) -> str:
    """`value` without the lines between its first and its last that name a county in full and
    nothing else ("Sandy woods near Sampleton / Probe County / along Beeby Creek"): the county
    is a field of its own, the place's lines around it one locality."""
    lines = value.split("\n")
    if len(lines) < 3:
        return value
    kept = [lines[0]] + [ln for ln in lines[1:-1] if _COUNTY_LINE.fullmatch(ln) is None]
    return "\n".join([*kept, lines[-1]])


# the flag of a locality headed by its label's Latin title naming a region
TITLE_HEADED = "title_heads_place"


def with_region_title(labels: Sequence[Label], found: FieldCandidate) -> FieldCandidate:
    """The locality headed by the Latin title of the label it comes from where that title names
    a region below its country ("Plantae Javanicae", "C. Exemplar, Herbarium javanicum.":
    data/latin_titles.csv, a stem with a province) and the locality does not name the region:
    keyers give the title before a place that alone says nothing of the land ("Herbarium
    javanicum. Sampleton, 1150 m"). A title naming a country only is the country's field."""
    lab = label_of(labels, found.evidence) if found.evidence else None
    if lab is None:
        return found
    for ln in lab.lines:
        title = _region_title(ln.text)
        if title is None:
            continue
        printed, province = title
        if fold(province) in fold(found.value) or fold(printed) in fold(found.value):
            return found
        if not _bare_name(found.value):
            return found  # "In collibus prope Sampla": the place says where it is
        # (doubted: keyers differ on whether the series' title belongs to the place)
        flags = [*found.flags, TITLE_HEADED]
        return found.model_copy(update={"value": f"{printed}, {found.value}", "flags": flags})
    return found


# a height's key and its colon, which a place's bare name may carry before the figures
# ("Sampleton Höhe: 1150 m", "Sampla alt. 2000 m")
_HEIGHT_KEY = re.compile(r"(?i)\b(?:höhe|hohe|alt(?:itude)?)\b\.?[ \t]*:?")


def _bare_name(value: str) -> bool:
    """Whether `value` is a place's name alone, in a word or two, its height perhaps after it
    ("Sampla c. 2000 m"): a place that alone says nothing of the land it is in."""
    value = _HEIGHT_KEY.sub(" ", value)
    words = re.findall(r"[^\W\d_]{3,}", value)
    return 0 < len(words) <= 2 and not re.search(r"[,;:][ \t]*[^\W\d_]", value)


def _region_title(line: str) -> tuple[str, str] | None:
    """The Latin title naming a region on `line`, opening it or after a comma ("C. Exemplar,
    Herbarium javanicum. № 68"), as printed, and the region's name."""
    folded = fold_same_length(line)
    starts = [0] + [m.end() for m in re.finditer(r",[ \t]+", folded)]
    for at in starts:
        m = title_adjective_pattern().match(folded[at:])
        if m is None or m.group("nl"):
            continue
        entry = latin_titles().stems.get(fold(m.group("s")))
        if entry is None or not entry.province:
            continue
        return line[at + m.start("t") : at + m.end("w")], entry.province
    return None
