"""A country's name printed that says nothing of where the specimen grew: a place named after
the country ("Mexico Beach", "Little Switzerland", a town: "Peru, Indiana", `drop_towns`), a
herbarium's acronym, a person's initial or a work's abbreviated title before it (`not_a_country`),
and on a herbarium's line, the country the herbarium is named after, which does say it
(`herbarium_country`)."""

from __future__ import annotations

import re

from pipelines.fields.geo import PLACE_NOUNS
from pipelines.fields.regions.hit import Hit
from pipelines.fields.text import Label

# "Russia Point", "Mexico Beach", "Jordan Creek trail": a country's name inside a place name;
# a railway named after the country it ran to ("Uganda Railway", "Uganda Rly." in Kenya)
PLACE_AFTER = re.compile(
    # (on the name's line: "Nov. Zel." over "Bay of Samples" is the country)
    rf"^[^\S\n](?:{PLACE_NOUNS}|Cape|Point|Street|Hill|Trail|Peak|Bridge|Marsh|Brook|Run|Railway|Rly)\b"
    # "Jersey Co., Ill.", "Guernsey County, Ohio", "Scotland Co., Mo.": a US county's name, on
    # the country's line ("IRELAND" over "Co. Cork: ..." is the country and an Irish county)
    r"|^[^\S\n](?:Co\.|County|Parish|Twp\.?|Township)(?!\w)",
    re.IGNORECASE,
)
# "Benin Prov.:", "Benin Province,": a province's type word closing a country's own name makes it
# the province's (Nigeria's colonial Benin Province); not before the province's name ("Republica
# Dominicana Prov. San Pedro"), nor after a region's ("Kwangtung Province", "Equatoria Prov.")
PROVINCE_AFTER = re.compile(
    r"^[^\S\n](?:Prov\.|Province|Provinz|Provincia|Prov(?![\w.]))(?!\w)"
    r"(?![^\S\n]*(?:de[^\S\n]+)?[^\W\d_])",
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


def herbarium_country(lab: Label, start: int, end: int) -> bool:
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


def colony_alone(lab: Label, start: int, end: int, kind: str) -> bool:
    """A colony's or an old country's name alone on a line under an institution's, taken for its
    address ("HERBARIUM DU JARDIN BOTANIQUE ..., BRUXELLES / CONGO BELGE"): no institution's
    address today, the land the collection's labels were printed for."""
    no = lab.line_no(start)
    line = lab.line_at(start)
    return (
        kind == "historical"
        and not lab.institution[no]
        and not lab.text[line.start : start].strip(" \t")
        and not lab.text[end : line.end].strip(" \t.:")
    )


# "mi W of Little Switzerland": a town named after a country
PLACE_BEFORE = re.compile(r"\b(?:Little|LITTLE|Grand|GRAND)\s+$")
# a country's name in another language that is an English place noun: after a capitalised word
# it ends a place's name ("Sample Chine", a ravine of the Isle of Wight and Dorset; French "Chine"
# is China)
ENGLISH_NOUNS = frozenset({"chine"})
NAME_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]+$")


# "NEDERLAND (L)", "BELGIUM (BR)": a country and a herbarium's acronym, the herbarium's stamp
_ACRONYM_AFTER = re.compile(r"\s?\(\s?[A-Z]{1,8}\s?\)")
# "A. Holland", "J. Jordan": an initial before the name makes it a person's; not the initial of a
# direction or a word of the place ("N. Sumatra", "C. Java", "P. Bangka" for Pulau)
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[ABDFHJLQRTUVXY]\.\s?$")
# "A. E. F. Moyen-Congo", "A.O.F. - Dahomey": the initials of a French federation of colonies
# (Afrique Equatoriale, Occidentale Française) opening the line before its colony's name, not a
# person's ("leg. A. E. F. Jordan")
_FEDERATION_BEFORE = re.compile(r"\s*A\.\s?[EO]\.\s?F\.\s?(?:[:,\-–]\s?)?")


# "Herb. Mus. Fenn.", "Fl. Madag.", "Hort. Bot. Nat. Belg.": a name in a work's or a herbarium's
# abbreviated title
TITLE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:Fl|Flor|Herb|Mus|Soc|Acta|Prodr|Enum|Consp|Symb|Mem|Bot|Hort|Nat|Nov)\.\s?$"
)


# "SINGAPORE FIELD No. 12345", "Sarawak S. 12345": the name of a field-number series (a
# herbarium's or a forest department's), which says nothing of where this gathering grew (the
# Singapore series ran over all Malaya: a Singapore field number from Pahang) where the labels name
# another place (`drop_series`); alone, a doubt. A department named after its country ("Ceylon
# Forest Dept. No. 123") collected in it and counts.
_SERIES_AFTER = re.compile(
    r"[^\S\n]+Field[^\S\n]+(?:(?:No|Nos|Nr|Number)\b\.?|#)[^\S\n]?:?[^\S\n]?\d"
    # a series letter and its number: "Sarawak S. 12345", "S 12345"
    r"|[^\S\n]+S\.?[^\S\n]?\d{3,}",
    re.IGNORECASE,
)


def names_a_series(lab: Label, end: int) -> bool:
    """Whether the country's or region's name ending at `end` names a field-number series
    ("SINGAPORE FIELD No. 12345", "Sarawak S. 12345", see `_SERIES_AFTER`)."""
    return _SERIES_AFTER.match(lab.text, end) is not None


# "leg. B.E.A. Muster": initials that spell a colony's short name ("B.E.A.", British East Africa)
# after a collector's or a determiner's key are a person's
_PERSON_KEY_BEFORE = re.compile(r"(?<![\w.])(?i:leg|coll|det|ex\s+coll|by|von|per)\.?:?\s*$")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,}")


def not_a_country(lab: Label, start: int, end: int) -> bool:
    """A country's name that says nothing of where the specimen grew (see the patterns above)."""
    # what stands before the name on its own line (an author's "L." ends the line above)
    before = lab.text[max(0, start - 8, lab.line_at(start).start) : start]
    line_before = lab.text[lab.line_at(start).start : start]
    return bool(
        _ACRONYM_AFTER.match(lab.text, end)
        or (_INITIAL_BEFORE.search(before) and not _FEDERATION_BEFORE.fullmatch(line_before))
        or TITLE_BEFORE.search(before)
        or (
            _INITIALS.fullmatch(lab.text[start:end].strip()) is not None
            and _PERSON_KEY_BEFORE.search(before) is not None
        )
    )


# what stands between a town named after a country and its state ("Peru, Indiana", "Cuba,
# Allegany Co., New York") or its county ("Mexico, Audrain Co.")
# "Panama City, Florida", "China Grove, N.C.": the town's name may go on after the country's
_TO_STATE = re.compile(
    r"(?:[ \t]+[A-Z][\w'.-]*){0,2}\s*,\s*(?:[^,\n]{1,40}?\s(?:Co\.|County|Parish)\s*,\s*)?"
)
_TO_COUNTY = re.compile(r"\s*,\s*(?:[A-Z][\w'.-]*\s+){1,3}(?:Co\.|County|Parish)(?!\w)")


def drop_towns(hits: list[Hit]) -> list[Hit]:
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


def drop_series(hits: list[Hit]) -> list[Hit]:
    """A series' name ("SINGAPORE FIELD No. 12345") where another country or region is named
    ("Pahang: Sample Hill") is no mention; alone, the series' place is a judgement."""
    series = [h for h in hits if h.series]
    if not series:
        return hits
    others = [h for h in hits if h.kind == "country" and not h.series and h.code]
    if others:
        return [h for h in hits if not h.series]
    for h in series:
        h.judged = True
    return hits
