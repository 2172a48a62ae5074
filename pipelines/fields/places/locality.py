"""The verbatim locality (`locality_candidates`): the keyed field, else the block of lines that
reads most like a place, a data label's place, a lone place's line, or what follows a
substrate's comma; trimmed, its higher geography cut off, and flagged where in doubt."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.places.asides import before_horizon
from pipelines.fields.places.block import before_number_tail, trim
from pipelines.fields.places.claimed import RegionSpan, Span, regions_on
from pipelines.fields.places.coordinates import (
    before_grid_reference,
    before_national_grid,
    township_line,
    without_quarter_degree,
)
from pipelines.fields.places.data_labels import data_label, lone_place, rival_data_label
from pipelines.fields.places.doubts import (
    EXTENT_UNCERTAIN,
    PLACE_UNCUED,
    SEVERAL_PLACES,
    UNSURE_READING,
    broken_block,
    cut_by_header,
    extent_doubts,
    header_city,
    misread,
    region_alone,
    unit_alone,
    word_below,
)
from pipelines.fields.places.habitat_phrases import habitat_line
from pipelines.fields.places.higher_geography import (
    before_country_tail,
    country_alone,
    drop_higher_geography,
    old_region,
    with_region_title,
    without_county_lines,
)
from pipelines.fields.places.keyed import habitat_as_place, keyed_locality
from pipelines.fields.places.keys import HAB_KEY_INLINE, NAME_STOP
from pipelines.fields.places.line_kinds import line_kinds
from pipelines.fields.places.lines import DATE_LINE, ON, lead
from pipelines.fields.places.map_sheets import with_map_sheet
from pipelines.fields.places.persons import PERSON_CUE_STOP
from pipelines.fields.places.repairs import repaired
from pipelines.fields.places.score import best_block
from pipelines.fields.places.vice_counties import (
    before_vice_county,
    past_vice_county,
    past_vice_county_line,
)
from pipelines.fields.text import Label, candidate, is_institution, squash_ws


def locality_candidates(
    labels: list[Label],
    claimed: Mapping[int, Sequence[Span]],
    regions: Sequence[RegionSpan] = (),
    printed: Sequence[Label] = (),
) -> list[FieldCandidate]:
    """`claimed`: per label position, spans already explained (dates, names, collectors);
    `printed`: the sheet's labels as printed, their institutions' lines not blanked (the
    museum's city in its header, `header_city`). A region's Latin title on the place's label
    heads it (`with_region_title`: "Plantae Javanicae, Sampleton")."""
    return [
        with_region_title(labels, found)
        for found in _locality_candidates(labels, claimed, regions, printed)
    ]


def _locality_candidates(
    labels: list[Label],
    claimed: Mapping[int, Sequence[Span]],
    regions: Sequence[RegionSpan] = (),
    printed: Sequence[Label] = (),
) -> list[FieldCandidate]:
    keyed = keyed_locality(labels) or habitat_as_place(labels)
    if keyed:
        return [with_map_sheet(labels, _unsure(keyed[0]))]
    claimed = _regions_unclaimed(claimed, regions)
    kinds = {
        lab.position: line_kinds(
            lab,
            claimed.get(lab.position, []),
            regions_on(regions, lab.position),
        )
        for lab in labels
    }
    # A block naming only the country, state or county ("Republic of Exempla" under "Flora of
    # Hispaniola", "KENORA DISTRICT", "Co. Cocke") is the higher geography, which keyers
    # give fields of their own: the locality only when the label says no more.
    best = best_block(labels, kinds, regions, {"text"})
    rule = "locality.block"
    data = data_label(labels, kinds)
    several = False
    if data is not None and (
        best is None
        or (
            data[1] is labels[0]
            and best[1].position > data[1].position
            # a block that barely reads as a place, or the same place on a second label of the
            # pin ("Beeby Isld / 5-04" over "Beeby Is., / Exampla Is. / april, 1904"): the top
            # one is keyed
            and (best[0] < 2 or _same_place(data, best))
        )
    ):
        # the top label of an insect's pin, its data label, before a curator's label whose
        # block barely reads as a place ("Hilltop fort / 23.VII.42" above "BRITISH ISLES: /
        # Muster Coll.")
        best, rule = data, "locality.data_label"
        several = rival_data_label(labels, data, kinds)
    if (best is None or country_alone(best[1].text[best[2] : best[3]])) and (
        hab := habitat_as_place(labels, vegetation=True, regions=regions)
    ):
        # "Hab. in pratis prope Exempla": the site and the place the old label keys together
        # (over a country's name alone: "EESTI / Kasvukoht: Sampla khk., Exempla küla")
        return [with_map_sheet(labels, hab[0])]
    uncued = best is None
    if best is None and (substrate := _after_substrate(labels, regions)):
        # "Tennessee Lichens / On bark of Quercus, Exemplo Gorge, Sampla Co.": the place after
        # the substrate's comma, before a series' title
        return substrate
    if best is None:
        best, rule = best_block(labels, kinds, regions, {"text", "header"}), "locality.block"
    if best is None:
        # "DOMINICAN REPUBLIC / prov. Exempla": keyers give the printed country and province
        # first, before a place alone on its line further down
        best = best_block(labels, kinds, regions, {"text", "header"}, higher_geography=True)
    if best is not None and rule == "locality.block" and _title_only(best, kinds):
        # "FLORA OF EXAMPLA COUNTY, MINNESOTA / T. 123 N., R. 45 W., Sec. 12": the series'
        # title names the county; the township under it is the place (uncued)
        trs = township_line(best[1])
        if trs is not None:
            best, rule = (0.0, best[1], *trs), "locality.township"
    if best is None or _wide_region(best[1].text[best[2] : best[3]]):
        # "FRANCE / Aus bus L. / Exempla": the country alone says less than a place's name
        lone = lone_place(labels, kinds)
        best, rule = (lone, "locality.lone_line") if lone is not None else (best, rule)
    if best is None:
        return _after_substrate(labels, regions)
    score, lab, s, e = best
    spans = claimed.get(lab.position, [])
    if rule == "locality.data_label":
        # a collector's rule may have claimed the place's line too: only its date is cut off
        spans = [(cs, ce) for cs, ce in spans if DATE_LINE.search(lab.text[cs:ce])]
    s, e = trim(lab, s, e, spans)
    e = before_number_tail(lab.text, s, e)  # "Sampleton 98": a pin's number, a year cut short
    stop = NAME_STOP.search(lab.text, s, e)
    e = stop.start() if stop is not None and stop.start() > s else e  # "Prope X legit K. Muster"
    cue = PERSON_CUE_STOP.search(lab.text, s, e)
    e = cue.start() if cue is not None and cue.start() > s else e  # "..., comm. J. Beispiel"
    key = HAB_KEY_INLINE.search(lab.text, s, e)
    if key is not None:
        e = key.start()  # "Pine Creek trailhead. Habitat: wet meadow": the habitat's own field
    block = lab.text[s:e]
    e = before_horizon(lab.text, s, e)  # "Exampla Quarry, nr. Sampleton. Lias, bucklandi Zone"
    e = before_grid_reference(labels, lab, s, e)  # "Sample Wood, nr Beeby, TL 456 789"
    e = before_national_grid(lab.text, s, e)  # "Sampola, lehto, YKJ 6783:3334"
    s, e = without_quarter_degree(lab.text, s, e)  # "3418 AB (Sampleton): Exampla Peak"
    vc = before_vice_county(lab.text, s, e)  # "Nr. Sampleton, Exampleshire v.c. 29"
    # "v.c. 2g": the number cut off misread, the place's reading as doubtful
    unsure = re.search(r"\d[a-z]", lab.text[vc:e]) is not None
    e = vc
    s, e = drop_higher_geography(lab.text, s, e, regions, lab.position)
    # "Probeham, Kent, England": the county's and the country's fields
    e = before_country_tail(lab.text, s, e, regions_on(regions, lab.position))
    s = past_vice_county_line(lab.text, s, e)
    s = past_vice_county(lab.text, s, e)  # "v.c. 12, Sample Wood", as a keyed locality's
    if e - s < 3:
        return []
    value = repaired(without_county_lines(lab.text[s:e]))
    conf = min(0.85, 0.45 + 0.1 * score)
    # "BRESIL" alone; "Exempleville (Sénégal)": a line read as a place only for the country or
    # region named in it
    uncued = uncued or _wide_region(lab.text[s:e]) or region_alone(lab.text[s:e], rule)
    # "Plot 7", "Quadrat 12": a study's plot alone names no place
    uncued = uncued or unit_alone(lab.text[s:e])
    # "Zoologische Staatssammlung München / München": the museum's own city again
    uncued = uncued or header_city(printed or labels, lab.text[s:e])
    doubts = extent_doubts(labels, lab, s, e, spans)
    if not doubts and _list_claimed_after(lab, e, spans):
        doubts = [EXTENT_UNCERTAIN]  # "Kb: Musterkylä, Probelampi / suolla": read as a name
    if not doubts and broken_block(block):
        doubts = [EXTENT_UNCERTAIN]  # "Sandy hills 4 mi. E of", two counties' lines
    if unsure:
        doubts = [*doubts, UNSURE_READING]
    if doubts:
        conf = min(conf, 0.4)
    if uncued:
        # a place's name alone, a series' title, a region: nothing on the label says "place"
        doubts, conf = [*doubts, PLACE_UNCUED], min(conf, 0.45)
    if (several and rule == "locality.data_label") or (
        rule == "locality.block" and _site_beside_a_place(labels, kinds, regions, lab, s, e)
    ):
        doubts = [*doubts, SEVERAL_PLACES]
    inside = regions_on(regions, lab.position, s, e)
    if EXTENT_UNCERTAIN not in doubts and (
        word_below(lab.text[s:e], s, inside) or cut_by_header(lab, e)
    ):
        doubts = [*doubts, EXTENT_UNCERTAIN]
    found = candidate(Term.verbatimLocality, value, conf, lab, s, e, rule, doubts)
    return [with_map_sheet(labels, _unsure(found))]


def _site_beside_a_place(
    labels: list[Label],
    kinds: Mapping[int, list[str]],
    regions: Sequence[RegionSpan],
    lab: Label,
    s: int,
    e: int,
) -> bool:
    """Whether the block `lab.text[s:e]` only describes the site ("rocky shore below
    lighthouse", `habitat_line`) while another block of the labels reads as a place too ("ISLE
    OF SAMPLE" above it): which of the two a keyer took for the locality, the label does not
    say."""
    if not habitat_line(squash_ws(lab.text[s:e])):
        return False
    others = {pos: list(kind) for pos, kind in kinds.items()}
    for i in range(lab.line_no(s), lab.line_no(max(s, e - 1)) + 1):
        others[lab.position][i] = "skip"
    return best_block(labels, others, regions, {"text"}) is not None


def _list_claimed_after(lab: Label, e: int, spans: Sequence[Span]) -> bool:
    """Whether the locality ending at `e` stops at a comma in the middle of its line before a
    capitalised word another field claimed ("Kb: Musterkylä, Probelampi / suolla" read as a
    taxon's name and its author): the list of places may go on."""
    line_end = lab.line_at(max(0, e - 1)).end
    rest = lab.text[e:line_end]
    m = re.match(r"[ \t]*,[ \t]*(?=[A-ZÀ-Þ][a-zà-ÿ]{2,})", rest)
    # (not a date after the place: "Exampla Cay, July 3-July 9.")
    return (
        m is not None
        and not re.search(r"\d", rest)
        and MONTH_WORD.match(rest[m.end() :]) is None
        and any(cs == e + m.end() for cs, _ in spans)
    )


def _wide_region(text: str) -> bool:
    """Whether `text` is only a country's name ("FRANCE") or a wide region's ("BRITISH ISLES:",
    "Afr. trop."): less than a place's name."""
    return country_alone(text) or old_region(text.strip())


def _regions_unclaimed(
    claimed: Mapping[int, Sequence[Span]], regions: Sequence[RegionSpan]
) -> dict[int, list[Span]]:
    """`claimed` without the spans inside a country's or a state's name: "Congo belge: Sampleton",
    a country's name in a binomial's shape that the name parser may take, is the place's head,
    no taxon."""
    return {
        pos: [
            (cs, ce)
            for cs, ce in spans
            if not any(rs <= cs and ce <= re_ for rs, re_ in regions_on(regions, pos))
        ]
        for pos, spans in claimed.items()
    }


def _title_only(best: tuple[float, Label, int, int], kinds: Mapping[int, list[str]]) -> bool:
    """Whether the block `best` is all lines of a series' title (kind header)."""
    lab, s, e = best[1], best[2], best[3]
    return all(
        kinds[lab.position][i] == "header" for i in range(lab.line_no(s), lab.line_no(e - 1) + 1)
    )


def _unsure(found: FieldCandidate) -> FieldCandidate:
    """`found` flagged `UNSURE_READING` where its value shows the OCR's misreading."""
    shown = found.evidence.text or ""
    if not (misread(found.value) or misread(shown)) or UNSURE_READING in found.flags:
        return found
    return found.model_copy(update={"flags": [*found.flags, UNSURE_READING]})


def _same_place(data: tuple[float, Label, int, int], best: tuple[float, Label, int, int]) -> bool:
    """Whether the data label's place and the block below it name one place: a word of three
    letters or more of the one (folded, up to its first full stop) opens a word of the other."""
    words = re.findall(r"[^\W\d_]{3,}", data[1].text[data[2] : data[3]].lower())
    other = best[1].text[best[2] : best[3]].lower()
    return any(re.search(rf"\b{re.escape(w)}", other) for w in words)


def _after_substrate(
    labels: Sequence[Label], regions: Sequence[RegionSpan] = ()
) -> list[FieldCandidate]:
    """ "On Pinus exemplaris, Example Bay", "On granite boulders, Example State Park, Sample Co.":
    a lichen's or a moss's substrate, then where it grew, on one line; keyers take what follows
    the substrate's comma as the locality (and the substrate as the habitat), where the label
    has no other place. Only a capitalised word after the comma makes it a place (a word in
    capitals on a line in capitals); a county closing it is cut off."""
    for lab in labels:
        for ln in lab.lines:
            if not ON.match(ln.text) or is_institution(ln.text):
                continue
            # the substrate ends at its comma or its sentence's full stop ("On soil over
            # limestone. Sampleton Bluffs, along Exampla River")
            end = _SUBSTRATE_END.search(ln.text)
            comma = end.start() if end is not None else -1
            rest = ln.text[comma + 1 :] if comma > 0 else ""
            # (in capitals on a line in capitals: "ON BARK, SAMPLETON FOREST")
            name = r"\b[A-Z](?:[A-Z]{2,}|[a-z]{2,})" if ln.text.isupper() else r"\b[A-Z][a-z]{2,}"
            if not re.search(name, rest) or DATE_LINE.search(rest):
                continue
            s = ln.start + comma + 1 + lead(rest)
            e = ln.start + len(ln.text.rstrip(" \t;,"))
            # "..., Sampleton Bluffs, Probe Co.": the county closing it a field of its own
            s, e = drop_higher_geography(lab.text, s, e, regions, lab.position)
            if e - s < 3:
                continue
            value = repaired(lab.text[s:e])
            return [
                candidate(Term.verbatimLocality, value, 0.5, lab, s, e, "locality.after_substrate")
            ]
    return []


# Where a substrate opening its line ends: a comma, or a sentence's full stop after a word (not
# an abbreviation's: "On bark of Quercus sp. ...") before a capitalised word
_SUBSTRATE_END = re.compile(r",|(?<=[a-z]{3})\.(?=[ \t]+[A-Z])")
