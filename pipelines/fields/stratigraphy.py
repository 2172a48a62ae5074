"""A fossil's stratigraphy: Darwin Core's GeologicalContext terms from a label's words.

Three kinds of name, each kept out of the locality once read (the pipeline claims their spans):

- chronostratigraphic units of the international chart, eons to stages, and the regional and
  former ones labels still print ("Lias", "Dogger", "Portlandian"), in English, German or French
  (`data/chronostratigraphy.csv`), with their qualifiers ("Lower", "Late", "unterer", "Ober-",
  "supérieur": `data/strat_qualifiers.csv`): a qualified period is its series ("Upper Jurassic",
  "Oberkreide" -> "Upper Cretaceous"); two units of one rank joined by a dash or "to" are the
  earliest and the latest ("Upper Jurassic - Lower Cretaceous"). A unit whose name is also a
  place's ("Devon", "Jura", "Ludlow", "Perm") is read only on a sheet that speaks of rocks (another
  unit, a formation, a zone, or a cue such as "Horizon:") or with a qualifier;
- lithostratigraphic units named by their rank word ("Chalk Group", "Oxford Clay Formation",
  "Sampleton Member", "Exampla Beds") or by their rock alone ("Kimmeridge Clay", "Portland
  Stone", "Wenlock Limestone": written as the formation, doubted, `rank_unstated`), from
  `data/lithostratigraphy.csv`;
- biostratigraphic zones ("Zone of Exampla minor", "bucklandi Zone", "Zone à Exampla minor"):
  the lowest zone, written "<taxon> Zone".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.geo import fold, fold_same_length
from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.text import Label, candidate

__all__ = ["RANK_UNSTATED", "stratigraphy_candidates"]

# The doubt of a unit named by its rock alone ("Kimmeridge Clay"): written as the formation, which
# most such British units are, though some are members or groups.
RANK_UNSTATED = "rank_unstated"

# rank -> (earliest term, latest term)
_TERMS = {
    "eon": (Term.earliestEonOrLowestEonothem, Term.latestEonOrHighestEonothem),
    "era": (Term.earliestEraOrLowestErathem, Term.latestEraOrHighestErathem),
    "period": (Term.earliestPeriodOrLowestSystem, Term.latestPeriodOrHighestSystem),
    "epoch": (Term.earliestEpochOrLowestSeries, Term.latestEpochOrHighestSeries),
    "stage": (Term.earliestAgeOrLowestStage, Term.latestAgeOrHighestStage),
}
_LITHO_TERMS = {"group": Term.group, "formation": Term.formation, "member": Term.member}
_LITHO_TERMS["bed"] = Term.bed

_CHRONO_CONF = 0.92  # a unit of the chart, spelt as the table spells it
_PLACE_NAME_CONF = 0.8  # a unit whose name is a place's too, read for the sheet's rocks
_LITHO_CONF = 0.9  # a unit named with its rank word
_ROCK_CONF = 0.75  # a unit named by its rock alone
_ZONE_CONF = 0.88
_QUALIFIED = {"period": "epoch"}  # a qualified period is a series of it


@dataclass(frozen=True)
class _Unit:
    rank: str
    english: str
    place: bool  # the name is a place's too ("Devon", "Jura")


@cache
def _units() -> dict[str, _Unit]:
    """Folded name -> the unit, from `data/chronostratigraphy.csv`."""
    out: dict[str, _Unit] = {}
    for row in data_rows("chronostratigraphy.csv"):
        out[fold(row["name"])] = _Unit(row["rank"], row["english"], row["place"] == "yes")
    return out


@cache
def _qualifiers() -> dict[str, dict[str, str]]:
    """position -> folded word -> the qualifier in English."""
    out: dict[str, dict[str, str]] = {}
    for row in data_rows("strat_qualifiers.csv"):
        out.setdefault(row["position"], {})[fold(row["word"])] = row["english"]
    return out


@cache
def _chrono() -> re.Pattern[str]:
    """A unit's name in folded text, with its qualifiers before, glued before or after it."""
    q = _qualifiers()
    names = alternation(_units())
    return re.compile(
        rf"(?<![\w-])(?:(?P<before>{alternation(q['before'])})\s+)?"
        rf"(?P<prefix>{alternation(q['prefix'])}-?)?"
        rf"(?P<unit>{names})"
        rf"(?:,?\s+(?P<after>{alternation(q['after'])}))?(?![\w])"
    )


@cache
def _lexicon(kind: str) -> dict[str, str]:
    return {r["word"]: r["term"] for r in data_rows("lithostratigraphy.csv") if r["kind"] == kind}


@cache
def _litho() -> re.Pattern[str]:
    """One to four capitalised words, then a rock's word, its rank's word, or both."""
    word = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ]+)?|[A-Z]{2,})"
    rock = alternation(_lexicon("rock"))
    rank = alternation([*_lexicon("rank"), *_lexicon("rank_misread")])
    return re.compile(
        rf"(?<![\w'’-])(?P<v>(?:{word}\s+){{1,4}}?"
        rf"(?:(?P<rock>(?i:{rock}))(?:\s+(?P<rank>(?i:{rank})))?|(?P<rank2>{rank})))"
        r"(?![\w'’])"
    )


# a zone: "Zone of Exampla minor", "Zone à Exampla minor", "bucklandi Zone", "Exampla minor Subzone"
_LATIN_END = r"(?:i|ae|us|um|a|is|es|or|ens|oides|x)"
_ZONE_TAXON = rf"(?:[A-Z][a-z]+\s+)?[a-z]{{3,}}{_LATIN_END}|[A-Z][a-z]+{_LATIN_END}"
_ZONE = re.compile(
    rf"(?<![\w])(?P<kind>[Ss]ub-?[Zz]one|[Zz]one|ZONE)\s+(?:of|à|a|des|du|der|von)\s+"
    rf"(?P<t1>{_ZONE_TAXON})(?![\w])"
    rf"|(?<![\w])(?P<t2>{_ZONE_TAXON})[\s-]+(?P<kind2>[Ss]ub-?[Zz]one|[Zz]one|ZONE)(?![\w])"
)


@dataclass
class _Read:
    lab: Label
    start: int
    end: int
    rank: str
    value: str
    conf: float
    rule: str
    flags: tuple[str, ...] = ()


def stratigraphy_candidates(labels: Iterable[Label]) -> list[FieldCandidate]:
    """The GeologicalContext terms the labels name, each with its evidence."""
    labs = list(labels)
    litho = [r for lab in labs for r in _litho_units(lab)]
    zones = [r for lab in labs for r in _zones(lab)]
    taken = [(r.lab.position, r.start, r.end) for r in litho]
    chrono = [r for lab in labs for r in _chrono_units(lab, taken)]
    rocky = bool(litho or zones or [r for r in chrono if not r.flags]) or _cued(labs)
    chrono = [r for r in chrono if rocky or "place_name" not in r.flags]
    out: list[FieldCandidate] = []
    out += _chrono_candidates(chrono)
    seen: set[str] = set()
    for r in litho + zones:
        if r.rank in seen:
            continue  # the first of a rank: the label's own, printed first
        seen.add(r.rank)
        term = _LITHO_TERMS.get(r.rank, Term.lowestBiostratigraphicZone)
        flags = [f for f in r.flags if f != "place_name"]
        out.append(candidate(term, r.value, r.conf, r.lab, r.start, r.end, r.rule, flags))
    return out


def _cued(labs: list[Label]) -> bool:
    """Whether a label speaks of rocks: a key such as "Horizon:" or "Fossil"."""
    cues = _lexicon("cue")
    pattern = re.compile(rf"(?<![\w]){alternation(cues, optional_stop=True)}(?![\w])")
    return any(pattern.search(lab.flat) for lab in labs)


def _chrono_units(lab: Label, taken: list[tuple[int, int, int]]) -> list[_Read]:
    """The chart's units on a label, outside the lithostratigraphic units read there ("Wenlock
    Limestone" is a formation, not the Wenlock series)."""
    out: list[_Read] = []
    folded = fold_same_length(lab.flat)
    for m in _chrono().finditer(folded):
        s, e = m.span()
        if any(p == lab.position and a < e and s < b for p, a, b in taken):
            continue
        unit_start = m.start("unit") - len(m.group("prefix") or "")
        printed = lab.flat[unit_start]
        if not printed.isupper():
            continue  # a unit's name is a proper noun ("jura" in running text is no period)
        unit = _units()[m.group("unit")]
        q = _qualifiers()
        word = m.group("before") or m.group("prefix") or m.group("after")
        qualifier = ""
        if word:
            kind = "before" if m.group("before") else "prefix" if m.group("prefix") else "after"
            qualifier = q[kind][word.rstrip("-")]
        rank, value = unit.rank, unit.english
        if qualifier and not re.match(r"(?:Lower|Middle|Upper)\b", value):
            rank = _QUALIFIED.get(rank, rank)
            value = f"{qualifier} {value}"
        flags: tuple[str, ...] = ()
        conf = _CHRONO_CONF
        if unit.place and not qualifier:
            flags, conf = ("place_name",), _PLACE_NAME_CONF
        out.append(_Read(lab, s, e, rank, value, conf, "strat.chrono", flags))
    return out + _misread_units(lab, [*taken, *((lab.position, r.start, r.end) for r in out)])


# the letters OCR confuses, each class one key ("Jurassie", "Si1urian", "Cretaceons", "Perrnian")
_CONFUSED = str.maketrans({"1": "i", "|": "i", "!": "i", "l": "i", "j": "i", "0": "o", "e": "c"})
_CONFUSED_N = str.maketrans({"u": "n"})
_TOKEN_WORD = re.compile(r"(?<![\w|!])[A-Z][\w|!]{4,}")
_MISREAD_CONF = 0.7
_MISREAD_FLAGS = ("ocr_repaired", "unsure_reading")


def _confused(word: str) -> str:
    return fold(word).replace("rn", "m").translate(_CONFUSED).translate(_CONFUSED_N)


@cache
def _confused_units() -> dict[str, str]:
    """A unit's name as OCR's confusions key it -> the name (names two units share dropped)."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for name in _units():
        key = _confused(name)
        if key in out and out[key] != name:
            shared.add(key)
        out[key] = name
    return {k: v for k, v in out.items() if k not in shared and len(k) >= 5}


def _misread_units(lab: Label, taken: list[tuple[int, int, int]]) -> list[_Read]:
    """A unit's name with letters OCR misread ("Jurassie", "Oxfordlan"), read as the unit with
    the qualifiers around it, flagged and doubted as every mended reading."""
    out: list[_Read] = []
    for t in _TOKEN_WORD.finditer(lab.flat):
        s, e = t.span()
        if fold(t.group(0)) in _units() or any(
            p == lab.position and a < e and s < b for p, a, b in taken
        ):
            continue
        name = _confused_units().get(_confused(t.group(0)))
        if name is None:
            continue
        line = lab.line_at(s)
        before = lab.flat[line.start : s].split()[-1:]
        after = lab.flat[e : line.end].split()[:1]
        probe = " ".join([*before, name, *after])
        folded = fold_same_length(probe)
        for m in _chrono().finditer(folded):
            if fold(name) != m.group("unit"):
                continue
            unit = _units()[m.group("unit")]
            rank, value = unit.rank, unit.english
            word = m.group("before") or m.group("after")
            start, end = s, e
            if m.group("before"):
                start = lab.flat.rindex(before[0], line.start, s)
            if m.group("after"):
                end = lab.flat.index(after[0], e) + len(after[0])
            kind = "before" if m.group("before") else "after"
            if word and not re.match(r"(?:Lower|Middle|Upper)\b", value):
                rank = _QUALIFIED.get(rank, rank)
                value = f"{_qualifiers()[kind][word]} {value}"
            flags = _MISREAD_FLAGS + (("place_name",) if unit.place and not word else ())
            out.append(_Read(lab, start, end, rank, value, _MISREAD_CONF, "strat.misread", flags))
            break
    return out


# between a range's two units: a dash, "to", "bis", "à", a slash
_RANGE = re.compile(r"\s*(?:[-–—/]|to|bis|à|a|-\s*to)\s*", re.IGNORECASE)


def _chrono_candidates(reads: list[_Read]) -> list[FieldCandidate]:
    """The earliest and the latest unit of each rank: one unit is both; two joined as a range
    ("Upper Jurassic - Lower Cretaceous", "Bajocian to Bathonian") are the earliest and the
    latest; two of one rank not so joined leave which is the rock's a doubt."""
    out: list[FieldCandidate] = []
    by_rank: dict[str, list[_Read]] = {}
    for r in reads:
        by_rank.setdefault(r.rank, []).append(r)
    for rank, rs in by_rank.items():
        first, last = rs[0], rs[0]
        if len(rs) > 1:
            nxt = rs[1]
            gap = nxt.lab.flat[first.end : nxt.start] if nxt.lab is first.lab else "x"
            if _RANGE.fullmatch(gap):
                last = nxt
        values = {r.value for r in rs}
        several = (len(values) > 1 and last is first) or len(values) > 2
        flags = ["several_units"] if several else []
        early, late = _TERMS[rank]
        for term, r in ((early, first), (late, last)):
            kept = [*flags, *(f for f in r.flags if f != "place_name")]
            out.append(candidate(term, r.value, r.conf, r.lab, r.start, r.end, r.rule, kept))
    return out


def _litho_units(lab: Label) -> list[_Read]:
    out: list[_Read] = []
    stop = _lexicon("not_unit")
    ranks = {w.casefold(): t for w, t in _lexicon("rank").items()}
    misread = {w.casefold(): t for w, t in _lexicon("rank_misread").items()}
    for m in _litho().finditer(lab.flat):
        start = max(m.start("v"), lab.line_at(m.end() - 1).start)  # the unit's own line
        words = lab.flat[start : m.end()].split()
        while words and (words[0] in stop or words[0].rstrip(".") in stop):
            start = lab.flat.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        rank_word = m.group("rank") or m.group("rank2")
        body = words[:-2] if m.group("rock") and m.group("rank") else words[:-1]
        if not body or any(w in stop for w in words):
            continue
        if _units().get(fold(" ".join(body))) is not None and not m.group("rock"):
            continue  # "Jurassic Beds"? a period's name is no unit's
        if not rank_word:
            if not m.group("rock")[0].isupper():
                continue  # "Red clay soil", "on Sampleton sandstone": a rock, no unit's name
            line = lab.line_at(m.end() - 1)
            rest = lab.flat[m.end() : line.end]
            if re.match(r"[ \t]*[^\W\d_]", rest):
                # "Sampleton Clay Pit", "Probeham Grit sandstone flats": a place named after its
                # rock, or the rock's word an adjective
                continue
        value = re.sub(r"\s+", " ", lab.flat[start : m.end()])
        if rank_word and rank_word.casefold() in misread:
            # "Oxford Clay Forrnation": the rank's word mended, doubted
            rank = misread[rank_word.casefold()]
            value = value[: -len(rank_word)] + rank.capitalize()
            read = _Read(lab, start, m.end(), rank, value, _MISREAD_CONF, "strat.misread")
            read.flags = _MISREAD_FLAGS
            out.append(read)
        elif rank_word:
            rank = ranks[rank_word.casefold()]
            out.append(_Read(lab, start, m.end(), rank, value, _LITHO_CONF, "strat.litho"))
        else:
            read = _Read(lab, start, m.end(), "formation", value, _ROCK_CONF, "strat.rock")
            read.flags = (RANK_UNSTATED,)
            out.append(read)
    return out


def _zones(lab: Label) -> list[_Read]:
    out: list[_Read] = []
    rocks = {w.casefold() for kind in ("rock", "rank") for w in _lexicon(kind)}
    for m in _ZONE.finditer(lab.flat):
        taxon = m.group("t1") or m.group("t2")
        start = m.start()
        words = taxon.split()
        if len(words) == 2:
            epithet = m.start("t1" if m.group("t1") else "t2") + taxon.rindex(words[1])
            if lab.line_no(m.start()) != lab.line_no(epithet) or words[0].casefold() in rocks:
                # "Fictonbury Shale / jamesoni Zone": the word before the epithet is another
                # line's, or a unit's rock, no genus
                if m.group("t1"):
                    continue
                taxon, start = words[1], epithet
        kind = (m.group("kind") or m.group("kind2")).replace("-", "").casefold()
        word = "Subzone" if kind.startswith("sub") else "Zone"
        value = f"{taxon} {word}"
        out.append(_Read(lab, start, m.end(), "zone", value, _ZONE_CONF, "strat.zone"))
    return out
