"""The country, countryCode and stateProvince candidates of the mentions (`region_candidates`):
Mexican abbreviations only where Mexico is named, the resolved country (`countries`) or the
state's, the institution's address country as a doubtful fallback (`address`), the state, the
province a region names, or a subdivision of the country printed on a data label."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.geo import country_name, fold, shared_islands
from pipelines.fields.regions.address import address_country
from pipelines.fields.regions.countries import (
    before_borders,
    country_candidates,
    country_value,
    northern_irish,
    state_named_alone,
)
from pipelines.fields.regions.hit import Hit, region_spans
from pipelines.fields.regions.resolve import plain_name, resolve
from pipelines.fields.regions.skipped import skipped_lines
from pipelines.fields.regions.state_filters import COUNTY_IN_LINE, US_SHAPE_IN_LINE
from pipelines.fields.subdivisions import (
    StatePlace,
    best_subdivision,
    find_subdivisions,
    gazetteer,
    state_places,
    unit_after,
    unit_below,
)
from pipelines.fields.text import Label, candidate

# the country a county of Northern Ireland gives under the island's name: a judgement
_NORTHERN_IRISH = 0.8
# a historical name's mapping to today's country below this is a judgement (as countries.py's)
_SURE_COUNTRY = 0.9


# the flag of a state read from its two-letter code alone, on a sheet nothing else says American
CODE_ALONE = "state_code_alone"
_BARE_CODE = re.compile(r"[A-Z]{2}")


def _code_alone(h: Hit, hits: list[Hit], labels: list[Label]) -> bool:
    """A state read from a bare two-letter code ("KS:", "GA") where no other name of its country
    or state is printed and no label has an American shape (a county's key, a date with the month
    first, miles): a Finnish biological province ("Ks: Kuusamo") or a broken word prints the same."""
    if not _BARE_CODE.fullmatch(h.text.strip().rstrip(":")):
        return False
    if any(o is not h and o.code == h.code for o in hits):
        return False
    return not any(
        COUNTY_IN_LINE.search(lab.text) or US_SHAPE_IN_LINE.search(lab.text) for lab in labels
    )


def region_candidates(
    labels: list[Label], hits: list[Hit], sheet: list[Label] | None = None
) -> list[FieldCandidate]:
    """Country, code and state from `find_hits(labels)`; where they name no country, the
    country of the institution whose name or address `sheet` (the labels as printed, stamps and
    headers not blanked; by default `labels`) prints, as a doubt."""
    # Mexican abbreviations are only meant when something else says Mexico.
    mx = any(h.code == "MX" and h.kind == "country" for h in hits)
    same_span = Counter((h.label.position, h.start) for h in hits if h.kind == "state")

    def ambiguous(h: Hit) -> bool:
        return same_span[(h.label.position, h.start)] > 1

    others = any(h.kind == "state" and h.code != "MX" for h in hits)

    def bare_mexican(h: Hit) -> bool:
        # "Camp Lutherock" beside a US state: a Mexican abbreviation without its full stop, on a
        # label that says nothing of Mexico
        return h.code == "MX" and not mx and others and not h.text.rstrip().endswith((".", ":"))

    hits = [
        h
        for h in hits
        if not (
            h.kind == "state"
            and h.abbreviation
            and (((h.code == "MX") != mx and ambiguous(h)) or bare_mexican(h))
        )
    ]
    data_lines = [
        ln.text
        for lab in labels
        for ln, inst in zip(lab.lines, lab.institution, strict=True)
        if not inst
    ]
    county = any(COUNTY_IN_LINE.search(t) for t in data_lines)
    # "GEORGIA / 3 mi. S of Exampleton / May 3, 1950": an American sheet's shapes make a state's
    # name that is a country's too the state, as a county's key does, though less surely
    us_shape = not county and any(US_SHAPE_IN_LINE.search(t) for t in data_lines)
    reg = resolve(hits, county or us_shape)
    out: list[FieldCandidate] = []
    places = _state_places(labels, hits)
    if reg.country is None and reg.country_code is None and reg.province is None:
        inferred = _country_of_state_place(labels, hits, places, sheet)
        if inferred:
            return inferred
    if reg.country is None and reg.country_code is None:
        fallback = address_country(labels if sheet is None else sheet)
        if fallback is not None:
            h = fallback
            for term in (Term.country, Term.countryCode):
                value = country_value(h) if term == Term.country else h.code
                # the institution's country is a guess at the specimen's: a doubt
                out.append(
                    candidate(
                        term,
                        value,
                        0.45,
                        h.label,
                        h.start,
                        h.end,
                        "country.institution",
                        ["country_judged"],
                    )
                )
            # a national herbarium's label names the department with its type word and leaves
            # the country to its header ("Herbario Nacional de Exemplia / Depto. Exempla"): a
            # typed subdivision of the institution's country, a little less sure
            typed = _subdivision_candidates(labels, hits, h.code)
            if any(c.evidence.rule == "state.subdivision" for c in typed):
                out += [
                    c.model_copy(
                        update={
                            "confidence": c.confidence * 0.9,
                            "flags": [*c.flags, "country_judged"],
                            "evidence": c.evidence.model_copy(
                                update={"rule": "state.subdivision_of_institution_country"}
                            ),
                        }
                    )
                    if c.term == Term.stateProvince.value
                    else c  # the unit below it, as printed ("Dpto. Exempla, Mpio. Muestra")
                    for c in typed
                ]
    if reg.country is not None:
        h = reg.country
        if state_named_alone(h, hits) or northern_irish(h, labels) or before_borders(h, labels):
            h.judged = True
        got = country_candidates(h, reg.conflict)
        if northern_irish(h, labels):
            # "IRELAND / Co. Down": the island's name over a county of Northern Ireland; the
            # county decides the country, the United Kingdom, and the two disagreeing are a doubt
            got = [
                c.model_copy(
                    update={
                        "value": country_name("GB") if c.term == Term.country.value else "GB",
                        "confidence": min(c.confidence, _NORTHERN_IRISH),
                    }
                )
                for c in got
            ]
        if _contradicted(h.code, places):
            # "FLORA OF COSTA RICA / Chiriquí: Sampleton": the state printed is another
            # country's alone; which of the two the label means is a judgement
            got = [
                c.model_copy(
                    update={
                        "confidence": c.confidence * _CONTRADICTED,
                        "flags": list(dict.fromkeys([*c.flags, "several_countries"])),
                    }
                )
                for c in got
            ]
        out += got
    alone = reg.state is not None and _code_alone(reg.state, hits, labels)
    if reg.country is None and reg.state is not None and reg.country_code:
        h = reg.state
        conf = 0.6 if h.fuzzy else 0.7 if h.abbreviation else 0.8
        rule = "country.header_misread" if h.fuzzy else "country.from_state"
        name = country_name(reg.country_code)
        flags = [CODE_ALONE] if alone else []
        for term, value in ((Term.country, name), (Term.countryCode, reg.country_code)):
            out.append(candidate(term, value, conf, h.label, h.start, h.end, rule, flags))
    if reg.state is not None:
        h = reg.state
        # a name of several words with one of them cut short ("Baja Calif. Sur", "Edo. Mex."):
        # the state's name, as an abbreviation's
        cut = "." in h.text and fold(h.text) != fold(h.name)
        value = h.name if h.abbreviation or h.fuzzy or cut else re.sub(r"\s+", " ", h.text)
        conf = 0.6 if h.fuzzy else 0.75 if h.abbreviation else 0.85
        out.append(
            candidate(
                Term.stateProvince,
                value,
                conf,
                h.label,
                h.start,
                h.end,
                "state.header_misread" if h.fuzzy else "state.name",
                (["several_states"] if reg.states_tied else []) + ([CODE_ALONE] if alone else []),
            )
        )
        if not (h.fuzzy or reg.states_tied):
            # "Edo. Oaxaca, Distr. Exempla", "Chiapas, Mpio. Muestra"
            out += _county_below(h, h.code)
    elif reg.province is not None and (entry := reg.province.entry) is not None:
        # "Insula Java", "Borneo": the island or region a label names where no state is
        h = reg.province
        # a region only mostly in one country ("Tirol") names its province as surely as any where
        # the country's own name is printed with it ("Austria: Tirol")
        printed = reg.country is not None and plain_name(reg.country) and reg.country.code == h.code
        conf = 0.75 * (1.0 if printed else entry.confidence)
        # "Ленинградская обл.": the region's name as printed, its type word with it
        value = re.sub(r"\s+", " ", h.text) if entry.printed_province else entry.province
        shared = fold(value) in shared_islands()
        # "Borneo: Kalimantan Timur", "Papua New Guinea: Morobe Province": the country's own
        # subdivision printed under an island several countries share is the state
        code = reg.country_code
        # (a region of the country inside the subdivision's name, "Kalimantan", gives way to it)
        inner = [h for h in hits if not (h.code == code and h.entry and h.entry.kind == "region")]
        subs = _subdivision_candidates(labels, inner, code) if shared and code else []
        if subs:
            out += subs
        else:
            # the island alone ("NEW GUINEA: Papua"), or with a country that does not key its
            # provinces by island ("Papua New Guinea"): which country's, which province, the label
            # does not say; a doubt
            flags = ["shared_island"] if shared and code not in _KEYED_BY_ISLAND else []
            out.append(
                candidate(
                    Term.stateProvince, value, conf, h.label, h.start, h.end, "state.region", flags
                )
            )
            out += _county_below(h, (code or "") if entry.printed_province else "")
    elif reg.country_code:
        subs = _subdivision_candidates(labels, hits, reg.country_code)
        entry = reg.country.entry if reg.country is not None else None
        if entry is not None and entry.confidence < _SURE_COUNTRY:
            # "PALESTINE / Jerusalem": a subdivision of a country the old name gives only as a
            # judgement is no surer than that judgement
            subs = [
                c.model_copy(
                    update={
                        "confidence": c.confidence * entry.confidence,
                        "flags": [*c.flags, "country_judged"],
                    }
                )
                for c in subs
            ]
        out += subs
    if us_shape and reg.country is None and reg.state is not None:
        named = fold(reg.state.text)
        if any(h.kind == "country" and fold(h.text) == named for h in hits):
            # the state read over the country of its name by the sheet's shapes alone: a doubt
            out = [
                c.model_copy(
                    update={
                        "confidence": c.confidence * _US_SHAPE_DOUBT,
                        "flags": [*c.flags, "country_judged"],
                    }
                )
                for c in out
            ]
    return out


# how sure a country read from a state's name alone is (flagged country_judged, a doubt): the
# name is one country's subdivision's only, but a town's elsewhere, or a neighbour's unit printed
# short ("Dept. Morazán" for Honduras' Francisco Morazán) as often as not
_FROM_SUBDIVISION = 0.7
# how much less sure a country is where the label's state is another country's alone
_CONTRADICTED = 0.75


def _country_of_state_place(
    labels: list[Label], hits: list[Hit], places: list[StatePlace], sheet: list[Label] | None
) -> list[FieldCandidate]:
    """ "Minas Gerais: Sampleton", "DEPT. MORAZAN", "Est. Bahia": on labels naming no country, a
    state's name in a state's place that is one country's subdivision alone gives the country, a
    doubt (country_judged), and the state; not where the institution's own country holds it (its
    typed subdivision is read with the institution's country: `region_candidates`)."""
    sole = {c for p in places for c in p.countries}
    home = address_country(labels if sheet is None else sheet)
    if len(sole) != 1 or (home is not None and home.code in sole):
        return []
    p, code = places[0], next(iter(sole))
    out = [
        candidate(
            term,
            country_name(code) if term == Term.country else code,
            _FROM_SUBDIVISION,
            p.label,
            p.start,
            p.end,
            "country.from_subdivision",
            ["country_judged"],
        )
        for term in (Term.country, Term.countryCode)
    ]
    return out + _subdivision_candidates(labels, hits, code)


def _usable(labels: list[Label]) -> Callable[[Label, int], bool]:
    """Whether an offset of a label is on a line that may name where the specimen grew (no line
    `skipped_lines` passes over)."""
    skip = {lab.position: skipped_lines(lab) for lab in labels}

    def usable(lab: Label, offset: int) -> bool:
        return not skip[lab.position][lab.line_no(offset)]

    return usable


def _state_places(labels: list[Label], hits: list[Hit]) -> list[StatePlace]:
    """The names in a state's place on the data lines (`state_places`) that no mention already
    read (a country's or a US state's name), most of one country."""
    usable = _usable(labels)
    spans = region_spans([h for h in hits if h.kind != "country" or h.code])
    # a name never taken for a country ("Granada" for Grenada in Spanish) names a state after its
    # type word ("Prov. de Granada"); alone ("Papua: Sampleton") it stays no one's
    blocked = region_spans([h for h in hits if h.kind == "country" and not h.code])

    def typed(p: StatePlace) -> bool:
        return bool(p.label.text[p.label.line_at(p.start).start : p.start].strip())

    return [
        p
        for p in state_places(labels, usable)
        if not any(q == p.label.position and a < p.end and p.start < b for q, a, b in spans)
        and (
            typed(p)
            or not any(q == p.label.position and a < p.end and p.start < b for q, a, b in blocked)
        )
    ]


def _contradicted(code: str, places: list[StatePlace]) -> bool:
    """Whether a state's place names a subdivision of another country alone, and none of the
    country `code`'s ("Chiriquí:" under a Costa Rican header)."""
    own = gazetteer(code)
    if any(p.key in own for p in places):
        return False
    return any(len(p.countries) == 1 and code not in p.countries for p in places)


def _county_below(h: Hit, code: str) -> list[FieldCandidate]:
    """The unit below the state `h` of country `code`, printed after it on its line, as the
    county, as printed ("Edo. Oaxaca, Distr. Exempla", "Ленинградская обл., Лужский р-н")."""
    below = unit_after(h.label, h.start, h.end, code) if code else None
    if below is None:
        return []
    start, end = below
    value = re.sub(r"\s+", " ", h.label.text[start:end])
    return [candidate(Term.county, value, 0.8, h.label, start, end, "county.below_state")]


# The countries whose sheets are keyed by island where the label names one ("Java", "Borneo",
# "New Guinea" for Indonesia, as the Dutch herbaria key them): with the country read, the island
# several countries share names that country's part of it.
_KEYED_BY_ISLAND = frozenset({"ID"})


# The countries whose keyers keep a subdivision's printed type word in stateProvince ("Prov. San
# Juan", "PROVINCE OF PINAR DEL RIO", "St. James Parish"): the devset's NYBG keyers do on the
# Caribbean islands' sheets. Elsewhere the name alone is keyed, as Darwin Core's examples give it
# and as the European herbaria key it ("Namur" for "prov. de Namur", "Cusco" for "Dpto. Cusco").
_KEYED_WITH_TYPE_WORD = frozenset(
    {"AG", "BB", "BS", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "PR", "TT", "VC"}
)


# how much surer a state's name is than the country of its name where only the sheet's American
# shapes (no county's key, no other state, no U.S.A.) tell which is meant
_US_SHAPE_DOUBT = 0.85


def _subdivision_candidates(
    labels: list[Label], hits: list[Hit], code: str
) -> list[FieldCandidate]:
    """stateProvince from a subdivision of the record's country printed on a data label (see
    subdivisions.py); never one of another country's."""
    usable = _usable(labels)
    spans = region_spans([h for h in hits if h.kind != "country" or h.code])
    country = [(h.label.position, h.start, h.end) for h in hits if h.code == code]
    found = find_subdivisions(labels, code, usable, spans, country)
    sub, tied = best_subdivision(found)
    if sub is None:
        return []
    rule = "state.subdivision" if sub.typed else "state.subdivision_bare"
    flags = ["several_states"] if tied else []
    if sub.misread:
        # the name one letter from the gazetteer's: an OCR slip or an older spelling
        rule = "state.subdivision_misread"
        flags.append("ocr_repaired")
    if code in _KEYED_WITH_TYPE_WORD:
        value, (start, end) = sub.value, (sub.start, sub.end)
    else:
        value, (start, end) = sub.name, sub.name_span
    out = [candidate(Term.stateProvince, value, sub.confidence, sub.label, start, end, rule, flags)]
    below = unit_below(sub)
    if below is not None and not tied:
        # "Dpto. Junín, Prov. Tarma": the unit of the level below, printed after the state, is
        # the county, as printed
        start, end = below
        value = re.sub(r"\s+", " ", sub.label.text[start:end])
        out.append(candidate(Term.county, value, 0.8, sub.label, start, end, "county.below_state"))
    return out
