"""The flags a locality's candidate carries (`EXTENT_UNCERTAIN`, `SEVERAL_PLACES`, `PLACE_UNCUED`)
and the tests that raise them: a block that may run over another field (`extent_doubts`, a word
alone below it: `word_below`), a line that reads as a place only for a region (`region_alone`), a study's plot alone
(`unit_alone`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.fields.geo import fold
from pipelines.fields.places.claimed import Span
from pipelines.fields.places.cues import GEO_WORDS, place_words
from pipelines.fields.places.higher_geography import country_alone, is_state
from pipelines.fields.places.keys import FRAGMENT, ISLAND_KEY, LOC_KEY
from pipelines.fields.places.lines import height_before
from pipelines.fields.places.repairs import capitals_mended
from pipelines.fields.places.score import place_score
from pipelines.fields.text import Label
from pipelines.fields.vicecounty import is_british_county

# The flag of a locality whose extent the parser cannot vouch for (see `extent_doubts`)
EXTENT_UNCERTAIN = "extent_uncertain"
# The flag of a data label's place when another label is a data label naming another place
SEVERAL_PLACES = "several_places"
# The flag of a locality the OCR visibly misread (`misread`): a curator must read it again
UNSURE_READING = "unsure_reading"
# The flag of a locality read where no block reads as a place: a name alone on its line
# (`lone_place`), a series' title or a region (the fallbacks of `locality_candidates`)
PLACE_UNCUED = "place_uncued"


def region_alone(text: str, rule: str) -> bool:
    """Whether the block `text` is one line that reads as a place only for a region named in
    brackets after a name ("Exempleville (Sénégal)")."""
    return (
        rule == "locality.block"
        and "\n" not in text
        and re.search(r"\([^()\d]+\)\W*$", text) is not None
        and place_score(text) == 0
    )


# A study's sampling unit and its number alone ("Plot 7", "QUADRAT 12", "Transect no. B"), as
# the OCR may read the figure ("Plot l2")
_UNIT = re.compile(
    rf"[^\w\n]*(?i:{place_words('unit')})\.?\s*(?:(?i:no|nr)\.?\s*|#\s*)?"
    r"(?:[\dOIl]{1,4}[A-Za-z]?|[A-Z])[^\w\n]*"
)


def unit_alone(text: str) -> bool:
    """Whether the block `text` is only a study's sampling units with their numbers ("Plot 7",
    "Quadrat 12 / Transect B"): no place's name."""
    lines = [ln for ln in re.split(r"[\n,;]", text) if ln.strip()]
    return bool(lines) and all(_UNIT.fullmatch(ln) for ln in lines)


# A header in capitals of two words or more ("NORTHERN TERRITORIES", "IN THE REGION OF X")
_CAPS_LINE = re.compile(r"[^a-z]*[A-ZÀ-Þ]{2,}[^a-z]*\s[^a-z]*[A-ZÀ-Þ]{2,}[^a-z]*")


def extent_doubts(
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
    # a figure after a height's unit ("m.s.n.m. 1800") is the height, though read as a year
    inside = any(s <= cs and ce < e - 1 and not height_before(lab.text, s, cs) for cs, ce in spans)
    # (its capitals perhaps misread: "lSLE OF SAMPLE")
    header = len(lines) > 1 and any(_CAPS_LINE.fullmatch(capitals_mended(ln)) for ln in lines)
    bare_key = any(
        ISLAND_KEY.fullmatch(ln) or FRAGMENT.fullmatch(ln) or LOC_KEY.fullmatch(ln) for ln in lines
    )
    empty_key = any(
        (key := LOC_KEY.match(ln.text)) is not None and FRAGMENT.fullmatch(ln.text[key.end() :])
        for other in labels
        for ln in other.lines
    )
    if inside or header or bare_key or empty_key:
        return [EXTENT_UNCERTAIN]
    return []


# One capitalised word alone on a line ("Muster", "Lincs.")
_ONE_WORD = re.compile(r"[^\w\n]*[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]{2,}\.?[^\w\n]*")


def word_below(text: str, s: int, regions: Sequence[Span]) -> bool:
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
        is_british_county(word) or country_alone(word) or GEO_WORDS.search(word) or is_state(word)
    )


# What the OCR leaves in a place it misread: signs no label prints in a place ("~~#$", "l%"; a
# "~" alone is an altitude's "about"),
# a figure inside a word ("v0n"), a letter inside a number ("12O4"), an "l" read for a "1"
# before figures ("Rte l2"), "rni" read for "mi" after a distance ("2 rni. W of")
_MISREAD = re.compile(
    r"[$%^{}\\@]|[~#*|=<>]{2,}|(?<=[A-Za-z])\d+(?=[a-z])|\d[OoIlSB]\d"
    r"|(?<![\w.])l\d+\b|\b\d+\s?rni\b"
    # an "O" read for a nought closing a number ("6OO m", "12OO m.s.n.m."), a "1" or "0" for a
    # letter opening a word ("1ocalita", "0ber"; not "1st", "1er")
    r"|\b\d+O+\b|\b[10][a-z]{3,}"
)


def misread(text: str) -> bool:
    """Whether the locality `text` shows the OCR's misreading (`_MISREAD`)."""
    return _MISREAD.search(text) is not None


# A block left open at its end ("Sandy hills 4 mi. E of", "Wiesen bei"): the place's name is on
# a line the block lost (another label's lines read between, a fold). Not an old printed
# label's Latin "prope" left open for the place's name ("in Exemplia Orientali, prope"), which
# keyers give as it stands
_OPEN_END = re.compile(
    r"(?<![\w.])(?i:of|to|from|and|near|nr\.|at|by|between|along|bei|von|nahe|"
    r"près de|de|di|del|presso|cerca de)[\s,;:-]*$"
)
# A county's name before its word ("Sample Co.", "Exampla County")
_COUNTY_NAME = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:Co\.|County|Cnty\.)")


def broken_block(text: str) -> bool:
    """Whether the locality's block `text` reads as two labels' lines or a line cut short: it ends
    on a preposition (`_OPEN_END`), it names two counties ("Exampla Co., Sampleton / Sample
    Co., Beeby Hills"), or two of its lines open with a county ("Exampla Co.: Sampleton /
    Exampla Co.: Beeby": two sheets' labels)."""
    counties = {m.group(1).lower() for m in _COUNTY_NAME.finditer(text)}
    heads = sum(_COUNTY_NAME.match(line.lstrip()) is not None for line in text.split("\n"))
    return _OPEN_END.search(text) is not None or len(counties) > 1 or heads > 1


def header_city(labels: Sequence[Label], text: str) -> bool:
    """Whether the locality `text` is one line of one or two words that a label's institution
    line names too ("Zoologische Staatssammlung München / München / 12.5.1930"): the museum's
    city, written again where it kept the specimen or where it was taken; nothing tells which."""
    words = re.findall(r"[^\W\d_]{3,}", fold(text))
    if "\n" in text.strip() or not 1 <= len(words) <= 2:
        return False
    for lab in labels:
        for ln, inst in zip(lab.lines, lab.institution, strict=True):
            if inst and ln.text.strip() != text.strip():
                named = set(re.findall(r"[^\W\d_]{3,}", fold(ln.text)))
                if all(w in named for w in words):
                    return True
    return False


def cut_by_header(lab: Label, e: int) -> bool:
    """Whether the locality ending at `e` stops on a line left open ("Exempla vald, Näidise
    küla,") before an institution's printed line with more text under it: another label's
    header read between the place's lines, the rest of the place perhaps below it."""
    i = lab.line_no(e)
    line = lab.lines[i].text.rstrip()
    if not line.endswith((",", "-")) or i + 2 >= len(lab.lines):
        return False
    return lab.institution[i + 1] and bool(lab.lines[i + 2].text.strip())
