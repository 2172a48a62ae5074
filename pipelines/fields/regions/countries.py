"""The country candidates of the mention chosen (`country_candidates`): the value printed or
the English name (`country_value`), the confidence and rule of its kind, and its flags: a
historical name, a mapping that is a judgement (a colony, "Ireland" with a Northern Irish county
`northern_irish`, a US state's name alone `state_named_alone`), several countries named."""

from __future__ import annotations

import re
import unicodedata

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.geo import country_name, fold, states
from pipelines.fields.regions.hit import Hit
from pipelines.fields.regions.resolve import plain_name
from pipelines.fields.text import Label, candidate

# a historical name's or a region's mapping to today's country below this is a judgement (a colony
# split since, a province now in two countries): the value is flagged country_judged, a doubt
_SURE_MAPPING = 0.9


def country_candidates(h: Hit, conflict: bool) -> list[FieldCandidate]:
    """country and countryCode from the hit chosen: the printed name or the English one
    (`country_value`); a historical name flagged, its confidence as sure as its mapping."""
    entry = h.entry
    value = country_value(h)
    flags: list[str] = []
    if h.fuzzy:
        conf, rule = 0.6, "country.header_misread"
        if h.mended:
            flags += ["ocr_repaired", "unsure_reading"]
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
        if not plain_name(h):
            # "Gold Coast, Queensland": a historical or a region's name taken over another
            # country's name (a country's own name printed beside another's is the surer)
            flags.append("several_countries")
    return [
        candidate(Term.country, value, conf, h.label, h.start, h.end, rule, flags),
        candidate(Term.countryCode, h.code, conf, h.label, h.start, h.end, rule, flags),
    ]


# Countries whose own name stood for a much larger land until the year given: the Kingdom of
# Hungary until the Treaty of Trianon (1920) took in today's Slovakia, Transylvania, the Banat,
# Burgenland and Croatia-Slavonia, more land than today's Hungary.
_BORDERS_UNTIL = {"HU": 1920}
_YEAR = re.compile(r"(?<!\d)1[6-9]\d\d(?!\d)")


def before_borders(h: Hit, labels: list[Label]) -> bool:
    """ "Hungaria: Comit. Exampla, 1890": the country's own name printed when it stood for more
    than today's country (the sheet's earliest year before its borders changed): which of today's
    countries is meant is a judgement."""
    until = _BORDERS_UNTIL.get(h.code)
    if until is None or h.entry is None or h.entry.kind != "name":
        return False
    years = [int(m.group(0)) for lab in labels for m in _YEAR.finditer(lab.text)]
    return bool(years) and min(years) < until


# a county of Northern Ireland with its key ("Co. Tyrone")
_NORTHERN_IRISH_COUNTY = re.compile(
    r"(?<![A-Za-z])(?:Co\.?|County|CO\.?|COUNTY)\s+"
    r"(?:Antrim|Armagh|Down|Fermanagh|Londonderry|Derry|Tyrone"
    r"|ANTRIM|ARMAGH|DOWN|FERMANAGH|LONDONDERRY|DERRY|TYRONE)\b"
)


def northern_irish(h: Hit, labels: list[Label]) -> bool:
    """ "Ireland: Co. Tyrone": the island's name with a county of Northern Ireland, the United
    Kingdom's: which country is meant is a judgement."""
    return h.code == "IE" and any(_NORTHERN_IRISH_COUNTY.search(lab.text) for lab in labels)


def state_named_alone(h: Hit, hits: list[Hit]) -> bool:
    """ "Sample Hill, Georgia": a country's name that is a US state's too, on labels that name no
    other country and no state: which of the two is meant is a judgement."""
    entries = states().get(fold(h.text), [])
    if not any(e.code != h.code for e in entries):
        return False
    return not any(o.code == h.code and o is not h for o in hits) and not any(
        o.kind == "state" and fold(o.text) != fold(h.text) for o in hits
    )


def country_value(h: Hit) -> str:
    """The printed name where the record keeps it (`CountryName.as_printed`: a current name in
    English or Spanish, in the Latin alphabet: "BAHAMA ISLANDS", "Rep. Dominicana"), else the
    country's English name ("BRESIL", "Eesti", "Эстонская ССР" -> "Brazil", "Estonia")."""
    printed = re.sub(r"\s+", " ", h.text)
    keep = h.entry is not None and h.entry.as_printed and not h.fuzzy
    return printed if keep and _latin(printed) else country_name(h.code)


def _latin(text: str) -> bool:
    """Written in the Latin alphabet ("República"; not "Россия")."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)
