"""Resolving the mentions into one country, state or province (`resolve` -> `Regions`): a US
territory over the United States, a state over the country of its name ("Georgia"), the country
most often and most surely named, the state most often named (two tied: a doubt)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipelines.fields.geo import US_TERRITORIES, fold
from pipelines.fields.regions.hit import Hit
from pipelines.fields.text import is_header


@dataclass
class Regions:
    country: Hit | None
    country_code: str | None
    state: Hit | None
    inferred: bool
    conflict: bool = False
    province: Hit | None = None  # a region naming the stateProvince ("Java"), where no state is
    # two states named as often as each other ("Flora of Exempla" above "Sampleshire:"): a doubt
    states_tied: bool = False


def _weight(h: Hit) -> float:
    """How much a country hit says: a collection header ("EXPLORATION OF THE BAHAMAS") is vaguer
    than the locality itself; a historical name or a region counts as sure as its mapping is."""
    header = 0.5 if is_header(h.label.line_at(h.start).text) else 1.0
    return header * (h.entry.confidence if h.entry is not None else 1.0)


# how sure a region's or a historical name's mapping must be to make a doubt of another country's
# name printed beside it ("Natal" is a Brazilian city too, "USSR" a guess)
_SURE_REGION = 0.8


def _other_region(h: Hit, country: Hit) -> bool:
    """Whether `h` is a region's or a historical name that lies in another country than
    `country`'s, its mapping sure."""
    return (
        h.code != country.code
        and h.entry is not None
        and h.entry.kind != "name"
        and h.entry.confidence >= _SURE_REGION
    )


def _split_part(h: Hit, country: Hit) -> bool:
    """Whether `h` is a historical name now split between countries, printed after `country`'s
    name as a part of it ("Russland: Livland", "Deutschland: Ostpreussen": the old sovereign's
    name over a land that is another country's today); printed before it, the country is a part
    of the historical name ("Jugoslawien: Slowenien")."""
    after = (h.label.position, h.start) > (country.label.position, country.start)
    return not h.code and h.entry is not None and h.entry.kind == "historical" and after


# below this a name's mapping to today's country is a judgement (regions.countries)
_SURE_MAPPING = 0.9


def _sure_mapping(h: Hit) -> bool:
    return not h.judged and (h.entry is None or h.entry.confidence >= _SURE_MAPPING)


def plain_name(h: Hit) -> bool:
    return h.entry is None or h.entry.kind == "name"


def resolve(hits: list[Hit], county_keyword: bool = False) -> Regions:
    # a name that names no single country ("Borneo", "New Guinea") gives no country
    named = [h for h in hits if h.kind == "country"]
    country_hits = [h for h in named if h.code]
    state_hits = [h for h in hits if h.kind == "state"]
    # "Crete, Saline Co., Nebraska", "Java, S. Dak.": a region's or a historical name that is also
    # a town gives way to a state of another country printed in full, unless the country's own
    # name agrees with it
    full_states = {h.code for h in state_hits if not h.abbreviation and not h.fuzzy}
    plain_codes = {h.code for h in country_hits if plain_name(h)}
    country_hits = [
        h
        for h in country_hits
        if plain_name(h) or not full_states or h.code in full_states | plain_codes
    ]
    # "Georgia" is a state when the label also says U.S.A. or names another US state.
    state_texts = {fold(h.text) for h in state_hits if not h.abbreviation}
    us_context = any(
        h.code == "US" for h in country_hits if fold(h.text) not in state_texts
    ) or any(h.code == "US" and h.abbreviation for h in state_hits)
    if county_keyword and not us_context:
        # "MERIWETHER COUNTY / FLORA OF GEORGIA": the country of that name has no counties
        us_texts = {fold(h.text) for h in state_hits if h.code == "US" and not h.abbreviation}
        country_hits = [h for h in country_hits if fold(h.text) not in us_texts]
    if us_context:
        country_hits = [h for h in country_hits if fold(h.text) not in state_texts]
    else:
        state_hits = [
            h for h in state_hits if fold(h.text) not in {fold(c.text) for c in country_hits}
        ]
    codes: dict[str, float] = {}
    for h in country_hits:
        codes[h.code] = codes.get(h.code, 0.0) + _weight(h)
    country: Hit | None = None
    if codes:
        territories = [c for c in codes if c in US_TERRITORIES]
        # named as surely as each other, an old sovereign's name and a place's historical name
        # wholly in another country today ("Russland: Dorpat", "Russia: Helsingfors", "Österreich:
        # Böhmen"): the place's country, as the record gives today's (a region's name that is
        # still in use stays a doubt: "Ungarn: Siebenbürgen")
        wholly = {
            h.code
            for h in country_hits
            if h.entry is not None and h.entry.kind == "historical" and _weight(h) >= 1.0
        }
        code = (
            territories[0]
            if "US" in codes and territories
            else max(codes, key=lambda c: (codes[c], c in wholly))
        )
        # cite the country's own name where it is printed ("Borneo ... Indonesia"), else the
        # surest of its mentions; a mention whose mapping is sure before one that is a judgement
        # ("Plantae Rossicae" over "Moscow Region": the region says the title's land is today's
        # country)
        country = max(
            (h for h in country_hits if h.code == code),
            key=lambda h: (_sure_mapping(h), plain_name(h), _weight(h)),
        )
        if plain_name(country) and (
            any(_other_region(h, country) for h in country_hits)
            or any(_split_part(h, country) for h in named)
        ):
            # "Ungarn: Siebenbürgen", "Deutschland: Schlesien": a country's name over a region
            # that lies in another country today (the label's country was the region's then)
            country.judged = True
    if country is not None:
        same = [h for h in state_hits if h.code == country.code]
        state_hits = same
    state = _best_state(state_hits)
    inferred = False
    code_out = country.code if country else None
    if country is None and state is not None:
        code_out, inferred = state.code, True
    province = None
    if state is None:
        regional = [
            h
            for h in named
            if h.entry is not None
            and (h.entry.province or h.entry.printed_province)
            and (code_out is None or h.code in ("", code_out))
        ]
        # the country's own region before an island several countries share ("BORNEO: Sabah")
        province = next((h for h in regional if h.code), next(iter(regional), None))
    return Regions(
        country, code_out, state, inferred, len(codes) > 1, province, _states_tied(state_hits)
    )


def _state_mentions(hits: list[Hit]) -> Counter[str]:
    # each printed name once: a name two gazetteer entries share ("SAN LUIS POTOSI") is one
    # mention, not two
    return Counter(h.name for h in {(h.label.position, h.start, h.name): h for h in hits}.values())


def _narrower(hits: list[Hit]) -> list[Hit]:
    """The mentions without those of a state whose name opens another named state's: "Baja
    California" (a header's, the whole peninsula) beside "Baja Calif. Sur" is the larger land
    the second names a part of."""
    names = {h.name for h in hits}
    return [h for h in hits if not any(n != h.name and n.startswith(h.name + " ") for n in names)]


def _states_tied(hits: list[Hit]) -> bool:
    """Whether two different states are named as often as each other, from different places on
    the labels (two gazetteer entries of one printed name are one mention)."""
    hits = _narrower(hits)
    spans = {(h.label.position, h.start) for h in hits}
    counts = _state_mentions(hits).most_common(2)
    return len(spans) > 1 and len(counts) == 2 and counts[0][1] == counts[1][1]


def _best_state(hits: list[Hit]) -> Hit | None:
    hits = _narrower(hits)
    if not hits:
        return None
    names = _state_mentions(hits)
    # Where a US and a Mexican state share an abbreviation ("Mich."), a full state name or a
    # Mexican country mention decides; otherwise the more frequent name wins.
    best = names.most_common(1)[0][0]
    return next(h for h in hits if h.name == best)
