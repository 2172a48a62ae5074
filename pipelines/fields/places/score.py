"""How much a block of lines reads like a place (`place_score`: words of place, prepositions,
names listed, a name then its site or habitat, a region then a place, a vice-county), and the
best block of lines of the allowed kinds (`best_block`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.ocr_slips import small_letters_mended
from pipelines.fields.places.claimed import RegionSpan, regions_on
from pipelines.fields.places.cues import GEO_WORDS, HABITAT_WORDS, PLACE_PREPOSITION, cue_pattern
from pipelines.fields.places.habitat_phrases import (
    COMPOUND_SITE,
    habitat_clause,
    open_site_after_name,
)
from pipelines.fields.places.higher_geography import only_higher_geography
from pipelines.fields.places.persons import PERSON_CUE_STOP, names_person
from pipelines.fields.places.repairs import capitals_mended
from pipelines.fields.places.vice_counties import VICE_COUNTY_CUE
from pipelines.fields.text import Label, is_institution, squash_ws
from pipelines.fields.vicecounty import is_british_county

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
    # perhaps its department's or district's name in brackets ("Sampleville (Exemple)")
    r"(?:[ \t]*\([A-ZÀ-ÞА-ЯЁ][^()\n]{1,30}\))?"
)
_NAME_THEN_HABITAT = re.compile(
    rf"^[^\w\n]*{_NAMED_ITEM}(?:,[ \t]+{_NAMED_ITEM})*[,;]"
    # (a German site's noun capitalised: "Musterdorf (Kr. Probestadt), feuchte Wiese")
    r"(?P<site>(?:[ \t]+[^\W\d_][\w-]*){1,6})"
    # and the height it grew at ("Sampletal, rochers humides, 1800 m")
    r"(?:,[ \t]*(?:c(?:a|irca)?\.?[ \t]*)?\d[\d.,]*(?:[ \t]?[-–][ \t]?\d[\d.,]*)?[ \t]?(?:m|ft|feet)\b)?"
    # perhaps a sentence after it ("Sampleton, roadside bank. Frequent.")
    r"[ \t.]*(?:(?<=\.)[ \t]+[A-Z][^\n]*)?$",
    re.MULTILINE,
)


# a region's name in title case with a colon, then a capitalised place ("Oxon: Wytham Woods")
_REGION_THEN_PLACE = re.compile(r"(?<![\w.])[A-ZÀ-Þ][a-zà-ÿ]{2,}\s?:\s+[A-ZÀ-Þ][a-zà-ÿ]")
# a British county's abbreviation with its stop, perhaps its vice-county's number in brackets,
# a colon, then a capitalised place ("Glos.: Sampleton", "Yorks. (62): Sampleton"); not another
# key's abbreviation ("Fam.: Exemplaceae")
_COUNTY_THEN_PLACE = re.compile(
    r"(?<![\w.])(?P<county>[A-Z][a-z]{2,}\.)(?:\s?\(\d{1,3}\))?\s?:\s+[A-ZÀ-Þ][a-zà-ÿ]"
)


# A river's abbreviated word, its name and where on it ("R. Exampla at Sampleton", "R. Exampla,
# nr. Beeby"), on one line or two
_RIVER_AT = re.compile(
    r"(?<![\w.])R\.\s?[A-Z][a-z]{2,}[,\s]+(?:at|near|nr\.?|below|above|by)\s+[A-Z][a-z]{2,}"
)


def _region_then_place(text: str) -> bool:
    return _REGION_THEN_PLACE.search(text) is not None or any(
        is_british_county(m["county"]) for m in _COUNTY_THEN_PLACE.finditer(text)
    )


def names_listed(line: str) -> bool:
    """Whether the line lists names as a place is named ("Exempla, Sampleby"), not a date's month
    after a name ("A. Person, Nov. 1976") nor an institution's address ("Dept. X, Sampletown")."""
    return not is_institution(line) and any(
        not MONTH_WORD.match(m.group("b")) for m in _NAMES_LISTED.finditer(line)
    )


def _names_then_habitat(line: str) -> bool:
    """Whether the line names a place, then its habitat (`_NAME_THEN_HABITAT`), not a person."""
    m = _NAME_THEN_HABITAT.match(line)
    return (
        m is not None
        and (
            HABITAT_WORDS.search(m.group("site")) is not None
            or COMPOUND_SITE.search(m.group("site")) is not None
        )
        and not names_person(line)
        and not is_institution(line)
    )


# A place's name, a comma or a colon, then the site described ("Exampleton, in grassy places,
# 6000 ft."; "Beispielberg, auf Kalk"; "Beeby: on damp sand in clearing"): the way old sheets
# name where a plant grew.
_NAME_THEN_SITE = re.compile(
    # (after its region and a colon perhaps: "Palermo: M. Exampla, in pascuis aridis")
    r"^[^\w\n]*(?P<region>[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+)?[ \t]?:[ \t]+)?(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]+|de|del|di|du|la|le|von|am|an|op|of)){0,3})"
    r"[,:][ \t]+" + cue_pattern("site") + r"[ \t]+[^\W\d_]",
    re.MULTILINE,
)


# A site, then where it is: "at" or a comma and a capitalised name closing the clause ("Sand
# dunes at Sampleton.", "Dry woods, Sampleton."), as American sheets write under their county's
# header
_SITE_AT_PLACE = re.compile(
    r"^[^\W\d_][^\n]{0,40}?(?:[ \t]at|,)[ \t]+(?:the[ \t]+)?(?-i:[A-Z][a-z]{2,})"
    r"(?:[ \t](?-i:[A-Z][a-z]{2,}))?[ \t]*[.;]?[ \t]*$",
    re.MULTILINE,
)


def _site_at_place(text: str) -> bool:
    return any(
        HABITAT_WORDS.search(m.group(0)) is not None and not names_person(m.group(0))
        for m in _SITE_AT_PLACE.finditer(text)
    )


def place_score(text: str) -> float:
    # the OCR's figures inside a word read as its letters ("Samp0la, Exemp1eby, kuusikko",
    # "R0ADSIDE VERGE W 0F SAMPLET0N")
    text = capitals_mended(small_letters_mended(text))
    # each line without a person's key and name closing it ("Тарту, луг, собр. И. Иванов")
    text = "\n".join(
        line[: m.start()] if (m := PERSON_CUE_STOP.search(line)) is not None else line
        for line in text.split("\n")
    )
    score = len(GEO_WORDS.findall(text)) + 0.5 * len(
        # a degree after its figure ("12°30'"), not the "º" of "Nº"
        re.findall(r"\d\s?[°º]|\b\d+(?:\.\d+)?\s?(?:mi|km)\b", text)
    )
    if PLACE_PREPOSITION.search(text):
        score += 2
    if (
        # (a person's name before the comma is no place's: "K. Muster, im Herbst gesammelt";
        # after a region's colon it is a mountain's: "Palermo: M. Exampla, in pascuis")
        any(m["region"] or not names_person(m["name"]) for m in _NAME_THEN_SITE.finditer(text))
        or _site_at_place(text)
        # "Sampleton in pratis humidis": the site after the place's name, no comma between
        or any(open_site_after_name(line) is not None for line in text.split("\n"))
    ):
        score += 1
    if _RIVER_AT.search(text):
        score += 2  # "R. Exampla at Sampleton": a river's abbreviated word, where on it
    if _region_then_place(text):
        score += 1  # "Exampleshire: Sample Woods": a region, then the place in it
    if VICE_COUNTY_CUE.search(text):
        score += 1.5  # "Exampleshire, v.c. 99": a British county by its vice-county's number
    if any(names_listed(line) for line in text.split("\n")):
        score += 0.5  # "Exempla, Sampleby, meadow": a place named from the larger to the smaller
    elif any(_names_then_habitat(line) for line in text.split("\n")):
        score += 0.5
    return score + 1.5 * len(
        re.findall(r"(?:\b[A-Z][a-z]+\.?,?\s)?(?:Co\.|County|Parish)|[A-Z]{2,}\s?:", text)
    )


def best_block(
    labels: list[Label],
    kinds: Mapping[int, list[str]],
    regions: Sequence[RegionSpan],
    allowed: set[str],
    *,
    higher_geography: bool = False,
) -> tuple[float, Label, int, int] | None:
    """The run of consecutive lines of the `allowed` kinds that reads most like a place; a run
    that only names regions (`only_higher_geography`) only when `higher_geography` is set."""
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
            score = place_score(lab.text[s:e])
            inside = regions_on(regions, lab.position, s, e)
            score += 1.5 * len(inside)
            if not higher_geography and only_higher_geography(lab.text, s, e, inside):
                score = 0
            if habitat_clause(squash_ws(lab.text[s:e]).strip(" .,;")) is not None:
                score = 0  # "riparian forest": the habitat, nothing of where it is
            if score > 0 and (best is None or score > best[0]):
                best = (score, lab, s, e)
            i = j + 1
    return best
