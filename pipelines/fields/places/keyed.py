"""The keyed locality: a locality key's value and the lines it runs over (`keyed_locality`), with an
island keyed above it; and an old label's "Hab." that names a place (`habitat_as_place`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import date_alone
from pipelines.fields.places.block import OPEN_PREPOSITION
from pipelines.fields.places.claimed import RegionSpan, Span, regions_on
from pipelines.fields.places.coordinates import before_national_grid, coordinates_line
from pipelines.fields.places.cues import GEO_WORDS, HABITAT_WORDS, PLACE_PREPOSITION, cue_pattern
from pipelines.fields.places.habitat_phrases import habitat_clause
from pipelines.fields.places.keys import (
    FRAGMENT,
    HAB_KEY,
    ISLAND_KEY,
    LOC_KEY,
    any_key,
    closing_key,
    inline_stop,
)
from pipelines.fields.places.lines import UNFINISHED_LINE, lead
from pipelines.fields.places.persons import PERSON_LINE, collector_key_line
from pipelines.fields.places.repairs import STRAY_HEAD, repaired
from pipelines.fields.places.score import names_listed, place_score
from pipelines.fields.places.taxa import placed_capital
from pipelines.fields.places.vice_counties import before_vice_county, past_vice_county
from pipelines.fields.text import Label, Line, candidate, is_institution, squash_ws


def keyed_locality(labels: list[Label]) -> list[FieldCandidate]:
    for lab in labels:
        for i, ln in enumerate(lab.lines):
            m = LOC_KEY.match(ln.text)
            if m is None:
                continue
            s, e, first = ln.start + m.end(), ln.end, i
            if FRAGMENT.fullmatch(ln.text[m.end() :]):
                # "Location Si / Exemplar Is.; Sampler Islands", "Location: 1 / West Arm ...":
                # a letter or two of OCR noise by the key, the value on the line below
                nxt = lab.lines[i + 1] if i + 1 < len(lab.lines) else None
                if nxt is None or any_key(nxt.text):
                    continue
                s, e, first = nxt.start, nxt.end, i + 1
                s += lead(nxt.text)
                if len(nxt.text.strip()) < 2:
                    continue
            for k in range(first + 1, len(lab.lines)):
                nxt = lab.lines[k]
                if (
                    closing_key(lab.text, s, e) is not None
                    or any_key(nxt.text)
                    or not nxt.text.strip()
                    or is_institution(nxt.text)
                    or inline_stop(lab.text, s, e) is not None
                    or (_COUNTRY_LINE.fullmatch(nxt.text) and re.search(r"[a-z]", lab.text[s:e]))
                    or date_alone(nxt.text)
                    or coordinates_line(nxt.text)
                    or _DIVISION_LINE.match(nxt.text)
                    # the collector's line under the place ("... boundary / K. Muster 12")
                    or (PERSON_LINE.fullmatch(nxt.text.strip()) and re.search(r"\d", nxt.text))
                    # a collector's key and name, its stop perhaps lost ("leg J. Beispiel")
                    or collector_key_line(nxt.text)
                ):
                    break
                # a value set under its key runs to the next key; a line left unfinished ("Upper
                # end of road up / Mill Creek", "Bachtal, lood- / recht op") runs on to the next
                continues = (
                    first > i
                    or nxt.text[:1].isspace()
                    or lab.lines[k - 1].text.rstrip().endswith((",", "-"))
                    or UNFINISHED_LINE.search(lab.text[s:e]) is not None
                    or not lab.lines[k - 1].text.rstrip().endswith(".")
                )
                if not continues and not re.match(r"\s*[a-z(]", nxt.text):
                    break
                e = nxt.end
            s = past_vice_county(lab.text, s, e)
            stop = inline_stop(lab.text, s, e)
            e = stop if stop is not None else e
            closing = closing_key(lab.text, s, e)
            e = closing if closing is not None else e
            e = before_national_grid(lab.text, s, e)  # "Exempla sn, Sampleby, YKJ 6683:3334"
            e = before_vice_county(lab.text, s, e)  # "Loc. Beeby Wood, nr. Sampleton (v.c. 29)"
            island = _island_above(lab, i)
            value = lab.text[s:e].strip()
            while value and value[-1] in " ,;:\t":
                value = value[:-1]
            end = s + len(value)
            if STRAY_HEAD.match(value):
                s, value = s + 1, value[1:]
            value = repaired(value)
            if island is not None:
                # "Insula: Pulau Besar / Loc.: W of Tg. Kecil": the island the form keys above,
                # with its key, as keyers give it ("Insula: Pulau Besar W of Tg. Kecil")
                above = lab.lines[i - 1]
                head = repaired(lab.text[above.start + lead(above.text) : island[1]])
                s, value = above.start + lead(above.text), head + " " + value
            return [candidate(Term.verbatimLocality, value, 0.85, lab, s, end, "locality.keyword")]
    return []


# A line of one word in capitals under a locality written in lower case: the country's name
# printed on the form ("... am Waldrand / NEDERLAND"), a field of its own.
_COUNTRY_LINE = re.compile(r"\s*[A-ZÀ-Þ]{4,}\.?\s*")


# A line opening with an administrative division's word and its name under a keyed locality
# ("Localidad: Cerro Ejemplo / Depto. Muestra", "Loc.: ... / Prov. Exempla"): the form's next
# field, the state's or the province's, not the locality running on
_DIVISION_LINE = re.compile(
    r"\s*(?:(?:Depto|Dpto|Dep|Prov|Distr?|Terr|Edo)\.|"
    r"(?:Departamento|Provincia|Province|Distrito|District|Estado|Territory)\b)"
    r"\s*:?\s*(?:(?:de|del|of)\s+)?[A-ZÀ-Þ]"
    # a form's next field keyed with a colon: the country's, the region's, the commune's or the
    # municipality's ("País: España", "Concelho: Exemplo", "Comune: Esempiola", "Län: Exempla")
    r"|\s*(?i:pa[ií]s|pays|land|staat|country|nation|regi[oó]n|r[ée]gion|regione|comarca|"
    r"concelho|munic[ií]pio|municipio|municipality|comune|commune|comuna|canton|kanton|"
    r"d[ée]partement|departement|bezirk|kreis|gemeinde|gemeente|provincie|landskap|län|"
    r"kommun|kommune|fylke|amt|maakond|vald|kihelkond|pitäjä|kunta|maakunta|страна|"
    r"область|губерния|уезд|район)\s*:\s*\S"
)


def _island_above(lab: Label, i: int) -> Span | None:
    """The value of an island key on the line above the locality's key at line `i`."""
    if i == 0:
        return None
    above = lab.lines[i - 1]
    m = ISLAND_KEY.match(above.text)
    if m is None:
        return None
    s, e = above.start + m.end(), above.end
    while e > s and lab.text[e - 1] in " ,;:.\t":
        e -= 1
    return (s, e) if sum(ch.isalpha() for ch in lab.text[s:e]) >= 3 else None


def habitat_as_place(
    labels: list[Label], *, vegetation: bool = False, regions: Sequence[RegionSpan] = ()
) -> list[FieldCandidate]:
    """On a label with no locality key, an old label's "Hab." ("habitat", where it grows) that
    names a place: a preposition of place before a name ("Hab. in Insula Nova", "Hab. langs de
    dijk te Stad", "Habitat prope Villanova"), not a kind of vegetation; with `vegetation` (no
    block of the label reads as a place) one naming the vegetation too ("Hab. in pratis prope
    Exempla"), at a lower confidence; then a region's name alone names a place too ("Hab.
    Khasia": `regions`, the regions' names found on the labels)."""
    for lab in labels:
        for ln in lab.lines:
            m = HAB_KEY.match(ln.text)
            if m is None:
                continue
            growth = GROWTH_KEY.match(ln.text) is not None
            if not growth and not re.match(r"(?i:hab)", ln.text.lstrip()):
                continue
            value = ln.text[m.end() :].strip(" ,;:\t")
            if growth and vegetation and _names_place_then_site(value):
                # "Kasvukoht: Exempla küla, soo serv": the form's growing place holds the
                # place's name, then its site
                s = ln.start + m.end() + lead(ln.text[m.end() :])
                return [
                    candidate(
                        Term.verbatimLocality, value, 0.5, lab, s, s + len(value), "locality.growth"
                    )
                ]
            placed = PLACE_PREPOSITION.search(value) or re.match(
                # "in rupibus calcareis montis Sampleberg": the site in up to four words
                r"(?:in|In)\s+(?:[a-z]+\.?\s+){0,4}[A-ZÀ-Þ][a-zà-ÿ]{2,}",
                value,
            )
            if (
                not vegetation
                and _HOST_VALUE.fullmatch(value)
                and _other_place(labels, lab, ln.start)
            ):
                # "Sampleton, Exampleshire / Hab. in Quercus": an insect's host under its place
                continue
            below = _place_below(lab, ln) if placed is None else None
            if below is not None:
                # "Hab. in rupibus calcareis / prope Sampleton": the station on the key's line,
                # the place on the next (the habitat's value keeps the station)
                value = lab.text[below[0] : below[1]]
                placed = PLACE_PREPOSITION.match(value)
            vegetal = HABITAT_WORDS.search(value) is not None
            at = ln.start + m.end() + lead(ln.text[m.end() :])
            region = bool(regions_on(regions, lab.position, at, at + len(value)))
            if (
                vegetation
                and placed is None
                and (_names_place(value) or _region_named(value, region))
            ):
                vegetal = True  # "Hab. Beeby Hills, Exampleland": an old label's place, unkeyed
            elif placed is None or vegetal != vegetation:
                continue
            s = ln.start + m.end() + lead(ln.text[m.end() :])
            e = s + len(value)
            conf = 0.5 if vegetal else 0.6
            if below is not None:
                s, e = below
            else:
                # "Hab. Sampleton, v.c. 12": the vice-county's number a field of its own
                e = before_vice_county(lab.text, s, e)
                value = lab.text[s:e]
            return [
                candidate(Term.verbatimLocality, value, conf, lab, s, e, "locality.habitat_key")
            ]
    return []


def _place_below(lab: Label, ln: Line) -> tuple[int, int] | None:
    """The span of the line under the "Hab." line `ln` when it opens with a preposition of place
    before a name (`PLACE_PREPOSITION`: "prope Sampleton", "ad ripas fluminis Exampla"), its
    stop closing it cut off; or from the preposition `ln` leaves open at its end when the line
    under it opens with a name ("Hab. in silvis prope / Sampleton")."""
    i = ln.index + 1
    if i >= len(lab.lines) or ln.text.rstrip().endswith("."):
        return None
    nxt = lab.lines[i]
    end = nxt.start + len(nxt.text.rstrip(" .,;\t"))
    left_open = OPEN_PREPOSITION.search(ln.text.rstrip())
    if left_open is not None and re.match(r"\s*[A-ZÀ-Þ][a-zà-ÿ]{2,}", nxt.text):
        # "Hab. in silvis prope / Sampleton": the preposition left open at the line's end
        return ln.start + left_open.start(), end
    if PLACE_PREPOSITION.match(nxt.text, lead(nxt.text)) is None:
        return None
    return nxt.start + lead(nxt.text), end


# A host's name alone after a preposition ("in Quercus", "on Salix alba", "ex Betula")
_HOST_VALUE = re.compile(r"(?:in|on|ad|sub|ex|auf)\s+[A-Z][a-z]{3,}(?:\s+[a-z]{3,})?\.?")


def _other_place(labels: list[Label], lab: Label, start: int) -> bool:
    """Whether a line of the labels other than the one at `start` on `lab` reads as a place."""
    return any(
        place_score(ln.text) > 0
        for other in labels
        for ln in other.lines
        if not (other is lab and ln.start == start)
    )


# A habitat's key saying where the plant grows (data/place_cues.csv role growth)
GROWTH_KEY = re.compile(r"^\s*" + cue_pattern("growth", upper=True) + r"\s*\.?\s*:")


def _names_place_then_site(value: str) -> bool:
    """Whether a growing place's value opens with a place's name: a capitalised word, before a
    comma or a word of place ("Exempla küla, niit", "Sampleton, wet meadow")."""
    head = value.split(",")[0]
    return (
        bool(re.match(r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]{2,}", value))
        and (value.count(",") > 0 or GEO_WORDS.search(head) is not None)
        and HABITAT_WORDS.search(head) is None
    )


def _region_named(value: str, region: bool) -> bool:
    """Whether a "Hab." value is capitalised words naming a region (`region`: a region's name
    found in it) and no habitat's word ("Khasia", "Nilghiri Hills")."""
    return (
        region
        and re.fullmatch(r"(?:[A-ZÀ-Þ][\w'’.-]+[ \t]*){1,3}[.,;]?", value) is not None
        and HABITAT_WORDS.search(value) is None
    )


def _names_place(value: str) -> bool:
    """Whether a "Hab." value opens with a place's name rather than the vegetation: capitalised,
    a word of place or names listed in it ("Beeby Hills, Exampleland"), no habitat's word before
    its first comma (the site may follow the place: "Beeby Hills, in sylvis")."""
    head = value.split(",")[0]
    return (
        value[:1].isupper()
        # (a site's noun capitalised after a name is the place's: "Probe Woods", "Beeby Heath")
        and (HABITAT_WORDS.search(head) is None or placed_capital(head))
        and habitat_clause(squash_ws(head).strip(" .,;")) is None
        and (place_score(value) > 0 or names_listed(value) or _HEIGHT.search(value) is not None)
    )


# A height ("alt. 8000 ft.", "2500 m"): "Hab. Sikkim Himalaya, alt. 8000 ft." names a place
_HEIGHT = re.compile(r"\b(?i:alt|elev)\.?\s*\d|\d[\d,.]*\s?(?:m|ft|feet)\b")
