"""The patterns that find countries' and states' names and abbreviations in a label's text
(`country_name_pattern`, `country_abbreviation_pattern`, `state_name_pattern`,
`state_abbreviation_pattern`), the keys that map a printed abbreviation back to its table's form
(`country_abbreviation_code`, `abbreviation_key`), and the full names a misread one is told from
(`region_names`)."""

from __future__ import annotations

import re
from functools import cache

from pipelines.fields.geo import (
    country_abbreviations,
    country_name,
    country_names,
    fold_same_length,
    latin_titles,
    states,
)
from pipelines.fields.lexicon import alternation


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
def country_name_pattern() -> re.Pattern[str]:
    """Every country name of `country_names` (folded), in the folded label text: a space matches
    spaces or a hyphen, a full stop may have a space on either side ("Ned . Indië")."""
    # "u.s.", "mex.": the full stop is part of the name; those are abbreviations, whose case
    # counts, matched by country_abbreviation_pattern
    names = [k for k, v in country_names().items() if not (k.endswith(".") and v.kind == "name")]
    body = _trie(sorted(names), {" ": r"[\s-]+", ".": r"\s?\.\s?", "'": "['’]"})
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){2,}[A-Z]?$")

# the Latin endings of a title's adjective or genitive after its stem ("Peruvian-ae", "Fennic-a",
# "Hispanic-um", "Brasiliens-es", "Ital-iae"); none where the table gives the whole word
_LATIN_ENDINGS = r"(?:orum|arum|ae|us|um|is|es|a|i|e)?"


@cache
def title_adjective_pattern() -> re.Pattern[str]:
    """A Latin title naming its country with an adjective or a genitive, over the folded text
    (data/latin_titles.csv): a title's word opening the line, at most one word a title holds
    between ("exsiccata"), and a stem with its ending ("Flora Fennica", "Plantae Peruvianae",
    "Flora exsiccata Bavarica"), on the same line or alone on the next; group "s" is the stem,
    group "w" the mention's span."""
    table = latin_titles()
    titles = alternation(table.titles, fold=fold_same_length)
    between = alternation(table.between, fold=fold_same_length)
    stems = alternation(table.stems)
    return re.compile(
        rf"^[^\w\n]*(?P<t>{titles})(?:[ \t]+{between})?(?:[ \t]+|[ \t]*(?P<nl>\n)[ \t]*)"
        rf"(?P<w>(?P<s>{stems}){_LATIN_ENDINGS})(?![\w-])"
        # the title broken over two lines ("PLANTAE / PERUVIANAE"): the adjective its line's all
        r"(?(nl)[ \t]*(?:\n|\Z))",
        re.MULTILINE,
    )


def country_abbreviation_code(printed: str) -> str:
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
def country_abbreviation_pattern() -> re.Pattern[str]:
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
def state_name_pattern() -> re.Pattern[str]:
    return _name_pattern([k for k, v in states().items() if not v[0].abbreviation])


@cache
def state_abbreviation_pattern() -> re.Pattern[str]:
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
                # not the first letters of a longer abbreviation, a lone capital after them
                # ("N.S.W:" is no "N.S."; "NEV.VII-11-67" is Nevada)
                alts.append(
                    esc.removesuffix(r"\.\s?") + r"(?:\.(?![A-Z](?![A-Za-z]))|(?=\s?[:,;]|[ \t]*$))"
                )
    alts.sort(key=len, reverse=True)
    # not glued to an initial before it: "F.N.C.", "K.S.C. 1234" are a person's or a
    # collection's initials, not North or South Carolina ("Wake Co.N.C." is a county's state)
    # nor a Roman month the OCR misread between a day and a year ("12.VT.1960")
    return re.compile(
        rf"(?<![A-Za-z])(?<!(?<![A-Za-z])[A-Z]\.)(?<!\d[.-])(?:{'|'.join(alts)})", re.MULTILINE
    )


@cache
def abbreviation_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key, entries in states().items():
        if entries[0].abbreviation:
            index[re.sub(r"[^a-z]", "", key.lower())] = key
    return index


def abbreviation_key(printed: str) -> str:
    return abbreviation_index().get(re.sub(r"[^a-z]", "", printed.lower()), printed)


@cache
def region_names() -> dict[str, tuple[str, str, str]]:
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
