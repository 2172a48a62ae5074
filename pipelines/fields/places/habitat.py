"""The habitat (`habitat_candidates`): a keyed field, an "on ..." line, what follows the last ";"
of a locality or the line under it, or a habitat phrase; and the lines of a keyed habitat field
(`habitat_lines`), which the name parser leaves alone."""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import date_alone
from pipelines.fields.ocr_slips import letters_as_figures
from pipelines.fields.places.asides import GRID_LINE, METHOD_LINE, altitude_line
from pipelines.fields.places.block import OPEN_SITE, OPEN_SITE_WORDS, before_person_tail
from pipelines.fields.places.coordinates import coordinates_line, past_grid_reference
from pipelines.fields.places.cues import HABITAT_WORDS, PLACE_PREPOSITION
from pipelines.fields.places.habitat_phrases import (
    HEIGHT_HEAD,
    HEIGHT_TAIL,
    NAME_LIST,
    habitat_line,
    habitat_phrase,
    substrate_clause,
)
from pipelines.fields.places.higher_geography import past_county_tail
from pipelines.fields.places.keyed import GROWTH_KEY
from pipelines.fields.places.keys import (
    HAB_KEY,
    HAB_KEY_INLINE,
    LOC_KEY,
    OTHER_KEY,
    any_key,
    opens_with_key,
)
from pipelines.fields.places.lines import (
    DESCRIPTION,
    ON,
    PLANT_COLOUR,
    SUBSTRATE_TAIL,
    UNFINISHED_LINE,
    carries_on,
    description_start,
    lead,
    place_after_growth,
    plant_words,
    site_end,
    site_start,
)
from pipelines.fields.places.persons import PERSON_LINE, TEAM_NUMBER, person_cue_line
from pipelines.fields.places.taxa import names_taxon
from pipelines.fields.places.vice_counties import VICE_COUNTY_TAIL, vice_county_line
from pipelines.fields.text import (
    Label,
    Line,
    candidate,
    is_header,
    is_institution,
    label_of,
    squash_ws,
)

# The associated species' key closing a habitat's sentence ("... openings. With: ..."): the
# list is associatedTaxa, not the habitat.
_ASSOCIATES_KEY = re.compile(r"[.;]\s*(?:With|Assoc\w*\.?(?:\s+(?:spp|species|taxa)\.?)?)\s*:")


def habitat_lines(label: Label) -> set[int]:
    """Positions in `label.lines` of a keyed habitat field ("Habitat: / Dryas exempla -
    Betula nana / heath"), its key line and the lines it runs over, up to the next key."""
    out: set[int] = set()
    for i, ln in enumerate(label.lines):
        if HAB_KEY.match(ln.text) is None:
            continue
        out.add(i)
        for j in range(i + 1, min(i + 4, len(label.lines))):
            nxt = label.lines[j].text
            if opens_with_key(nxt):
                break
            out.add(j)
    return out


def habitat_candidates(
    labels: list[Label], locality: FieldCandidate | None
) -> list[FieldCandidate]:
    placed = locality.evidence if locality is not None else None
    if placed is not None and placed.rule not in ("locality.habitat_key", "locality.growth"):
        placed = None
    for lab in labels:
        for i, ln in enumerate(lab.lines):
            m = HAB_KEY.match(ln.text) or HAB_KEY_INLINE.search(ln.text)
            if m is None:
                continue
            if (
                placed is not None
                and placed.label == lab.position
                and placed.start is not None
                and ln.start <= placed.start < ln.end
            ):
                if (
                    placed.rule == "locality.growth"
                    and (grown := _growth_site(lab, ln)) is not None
                ):
                    # "Kasvukoht: Exempla khk., Sampla küla, lodumets": the site after the
                    # place's names is the habitat, the whole value the locality
                    return [grown]
                s = ln.start + m.end() + lead(ln.text[m.end() :])
                station = lab.text[s : placed.start].rstrip(" ,;")
                if placed.rule == "locality.habitat_key" and len(station) > 2:
                    # "Hab. in silvis prope / Sampleton": the station before the place's
                    # preposition
                    return [
                        candidate(
                            Term.habitat, station, 0.8, lab, s, s + len(station), "habitat.keyword"
                        )
                    ]
                continue  # "Hab. Exampleshire: Sampleton Glen": the old label's place, taken
            if len(ln.text[m.end() :].strip()) < 2:
                # The key alone on its line, as OCR reads a form's columns: the value is on the
                # lines below it, up to the next key or a blank line ("Habitat: / Mountain ridge").
                # (a date alone on its line ends the value: "Habitat: / wet meadow / 12.6.1931")
                lines = []
                for nxt in lab.lines[i + 1 : i + 7]:
                    if (
                        not nxt.text.strip()
                        or opens_with_key(nxt.text)
                        or date_alone(nxt.text, full_year=False)
                    ):
                        break
                    lines.append(nxt)
                if not lines:
                    continue
                read = locality.evidence if locality is not None else None
                if (
                    read is not None
                    and GROWTH_KEY.match(ln.text)
                    and read.label == lab.position
                    and read.start is not None
                    and lines[0].start <= read.start < lines[0].end
                ):
                    # "Standort: / Musterdorf, am Waldrand": a growing place's value below its
                    # key, its line the locality's, the site after its comma the habitat
                    grown = _growth_site(lab, lines[0])
                    if grown is not None:
                        return [grown]
                s = lines[0].start + lead(lines[0].text)
                e = lines[-1].end
                value = squash_ws(lab.text[s:e])
                return [candidate(Term.habitat, value, 0.7, lab, s, e, "habitat.keyword_above")]
            s, e = ln.start + m.end(), ln.end
            for j in range(i + 1, len(lab.lines)):
                nxt = lab.lines[j]
                if (
                    not (nxt.text[:1].isspace() or carries_on(lab.lines[j - 1].text, nxt.text))
                    or OTHER_KEY.match(nxt.text)
                    or LOC_KEY.match(nxt.text)
                    # "Hab. in Quercus / vi.1950": a date in lower-case Roman figures below
                    or date_alone(nxt.text)
                    # "Hab. in rupibus calcareis / prope Sampleton": the place under the
                    # station, the locality's
                    or (
                        placed is not None
                        and placed.label == lab.position
                        and placed.start is not None
                        and nxt.start <= placed.start < nxt.end
                    )
                ):
                    break
                e = nxt.end
            cut = _ASSOCIATES_KEY.search(lab.text, s, e)
            e = cut.start() + 1 if cut is not None else e
            # "Habitat: forest edge; tree 10 m, fl. white": the plant described after the site
            e = s + max(site_end(lab.text[s:e]), 1)
            value = re.sub(r"[ \t]+", " ", lab.text[s:e]).strip()
            return [candidate(Term.habitat, value, 0.8, lab, s, e, "habitat.keyword")]
    for lab in labels:
        for i, ln in enumerate(lab.lines):
            if ON.match(ln.text) and not is_institution(ln.text):
                s, e = ln.start + lead(ln.text), ln.end
                described = description_start(ln.text)
                if described is not None:
                    # "On laterite plateau; herb 30 cm; fl. blue.": the plant described after
                    # the site, no habitat
                    e = ln.start + len(ln.text[:described].rstrip(" ;,"))
                    return [
                        candidate(Term.habitat, lab.text[s:e].strip(), 0.6, lab, s, e, "habitat.on")
                    ]
                placed_at = _after_substrate_at(lab, locality)
                related = place_after_growth(ln.text)
                if (
                    placed_at is None
                    and related is not None
                    and locality is not None
                    and locality.evidence.start == ln.start + related
                ):
                    placed_at = ln.start + related  # "On limestone rocks above Sampleton Scar"
                if placed_at is not None and placed_at > s:
                    # the place read after the substrate's comma is not the habitat's: the
                    # substrate runs to that comma ("On bark / On granite boulders, Exampleton")
                    # (or its full stop: "On soil over limestone. Sampleton Bluffs, ...")
                    sub_end = s + len(lab.text[s:placed_at].rstrip(" \t,.;"))
                    e = sub_end if sub_end > s else ln.end
                    return [
                        candidate(Term.habitat, lab.text[s:e].strip(), 0.6, lab, s, e, "habitat.on")
                    ]
                # The host plant wraps over the label's short lines below while the line above
                # is left open ("on leaves of / Quercus exempla", "on dead twigs / of Quercus",
                # a genus alone waiting for its epithet: "On fls. of / Exemplia / Sampleana L."),
                # not into the place below it ("on bark of Quercus / Sampleton, Exampleshire")
                for j in range(i + 1, len(lab.lines)):
                    nxt, prev = lab.lines[j], lab.lines[j - 1].text
                    if re.search(r"\d|Det\b|Coll", nxt.text) or not (
                        carries_on(prev, nxt.text)
                        or UNFINISHED_LINE.search(prev.rstrip())
                        or (j > i + 1 and len(prev.split()) == 1)
                    ):
                        break
                    e = nxt.end
                return [
                    candidate(Term.habitat, lab.text[s:e].strip(), 0.6, lab, s, e, "habitat.on")
                ]
    head = _growth_head(labels, locality)
    if head is not None:
        return [head]
    if locality is not None and locality.evidence.end is not None:
        found = label_of(labels, locality.evidence)
        if found is not None:
            lab = found
            # (past the county and its state cut off the locality's line: "Sampleton, Exampla
            # Co., Ill. / Prairie remnant")
            end = past_county_tail(lab.text, locality.evidence.end)
            # (and past a grid reference closing the place: "Sample Cove, SW 41 32, cliff top")
            end = past_grid_reference(labels, lab, end)
            block_end = lab.line_at(end).end
            i = lab.line_no(end) + 1
            while (
                i < len(lab.lines)
                and lab.lines[i].text.strip()
                and not re.search(r"\d{4}", lab.lines[i].text)
                # "...; hedges. / K. Muster 9": the collector's line ends the site
                and not PERSON_LINE.fullmatch(lab.lines[i].text)
                and not TEAM_NUMBER.fullmatch(lab.lines[i].text)
                # "...; wet thicket. / Collected by K. Muster, No. 890", "... forest. / Tree 15
                # m; fruits green.": a key's line, the plant described, end the site
                and not opens_with_key(lab.lines[i].text)
                and not person_cue_line(lab.lines[i].text)
                and not DESCRIPTION.match(lab.lines[i].text)
                # "...; moist woods / Exampla canadensis L.": the plant's name under the site
                and not names_taxon(lab.lines[i].text, _unnamed)
            ):
                block_end = lab.lines[i].end
                i += 1
            rest = lab.text[end:block_end]
            below = _habitat_below(lab, end)
            if below is not None:
                return [below]
            sentence = _SITE_SENTENCE.match(lab.text, end, lab.line_at(end).end)
            if sentence is not None and habitat_line(sentence["site"]):
                # "Sampleton, 5 miles N of Beeby. In marshy ground. Fruit red.": the site's
                # sentence after the place's (`trim`)
                s, e = sentence.span("site")
                return [
                    candidate(Term.habitat, lab.text[s:e], 0.5, lab, s, e, "habitat.after_locality")
                ]
            site = _SITE_AFTER_COMMA.match(lab.text, end, lab.line_at(end).end)
            if site is not None and habitat_line(site["site"]):
                # "Exampla Co. / Sampleton, on granite outcrop.": the locality cut at the place's
                # name (`trim`), the site after its comma
                s, e = site.span("site")
                if (tail := HEIGHT_TAIL.search(lab.text, s, e)) is not None and tail.start() > s:
                    e = tail.start()  # "Sampleton, open woods, 400 m": the height apart
                value = lab.text[s:e].strip(" .")
                return [candidate(Term.habitat, value, 0.5, lab, s, e, "habitat.after_locality")]
            last = lab.line_at(end - 1)
            first = last.start
            if first > (locality.evidence.start or 0) and re.search(
                r"[,;][^,;\n]*\b(?:on|On|upon)[ \t]*$", lab.text[: first - 1]
            ):
                # "3 mi. NE of Exampla, on / bark of Acer": the substrate broken over the lines
                first = lab.line_at(first - 1).start
            on = SUBSTRATE_TAIL.search(lab.text, first, last.end)
            if on is not None:
                # "Sample Wood, on bark of Fraxinus": the substrate after the place on its line,
                # which old sheets' keyers leave in the locality too ("Exampleton, on old walls")
                s = on.start() + len(on[0]) - len(on[0].lstrip(",; \t"))
                # "..., on sandy ground, Muster 1234": the collector closing the line is no site
                on_end = before_person_tail(lab.text, s, on.end())
                return [
                    candidate(
                        Term.habitat,
                        squash_ws(lab.text[s:on_end]).strip(),
                        0.5,
                        lab,
                        s,
                        on_end,
                        "habitat.after_locality",
                    )
                ]
            m = re.match(r"\s*;\s*", rest)
            if (
                m
                and len(rest.strip()) > 5
                and not NAME_LIST.match(rest, m.end())
                # "...; 1200 m; leg. A. Exemplo": the collector's key, no habitat
                and not opens_with_key(rest[m.end() :])
                # "niit; 12.VI.1956; K. Muster": the date and the collector, no habitat
                and not re.match(r"[^\w\n]*\d", rest[m.end() :])
                # "...; shrub 2 m, flowers white": the plant described, no habitat
                and not DESCRIPTION.match(rest[m.end() :])
                and site_end(rest[m.end() :]) >= 3
            ):
                s = end + m.end()
                e = s + max(site_end(lab.text[s:block_end]), 1)  # "; hedges. Fr. black."
                return [
                    candidate(
                        Term.habitat,
                        lab.text[s:e].strip(),
                        0.5,
                        lab,
                        s,
                        e,
                        "habitat.after_locality",
                    )
                ]
            closing = _site_closing(lab, locality.evidence.start or 0, end)
            if closing is not None:
                return [closing]
    above = _habitat_above(labels, locality)
    if above is not None:
        return [above]
    return habitat_phrase(labels)


# A plant's form closing a line ("Low shrub", "small tree")
_FORM_LAST = re.compile(rf"(?i:\b(?:{plant_words('form')}))$")


def _locality_start(
    labels: list[Label], locality: FieldCandidate | None
) -> tuple[Label, int] | None:
    """The label the locality was read from and where its value starts in that label's text, or
    None where it was read from no label's characters."""
    if locality is None or locality.evidence.start is None:
        return None
    lab = label_of(labels, locality.evidence)
    return None if lab is None else (lab, locality.evidence.start)


def _habitat_above(labels: list[Label], locality: FieldCandidate | None) -> FieldCandidate | None:
    """The line right above an unkeyed locality's block where it describes the site, as American
    and lichen labels print it over the place ("Wet rock face. / 2 km S of Sampleton harbour,
    Alaska", "Damp mossy banks / Exampla Creek NW of Beeby"): not a key's, a header's, an
    institution's, a person's or a taxon's line, nor the plant described ("Flowers white")."""
    if locality is None or locality.evidence.rule != "locality.block":
        return None
    if (found := _locality_start(labels, locality)) is None:
        return None
    lab, start = found
    i = lab.line_no(start)
    line_start = lab.lines[i].start + lead(lab.lines[i].text)
    if start > line_start:
        # "Gravel bars and heath, north end of / Sample Lake": the site before the comma the locality
        # starts after, on a line of its own above the place's
        head = lab.text[line_start:start].rstrip(" ,\t")
        sited = habitat_line(head) or substrate_clause(head)
        if "\n" in head or not sited or lab.text[line_start:start].strip()[-1:] != ",":
            return None
        return candidate(
            Term.habitat,
            head,
            0.5,
            lab,
            line_start,
            line_start + len(head),
            "habitat.above_locality",
        )
    if i == 0:
        # "shell of Exampla minor" on a slip of its own above the place's label: the substrate
        at = next((k for k, other in enumerate(labels) if other is lab), 0)
        if at == 0 or not labels[at - 1].lines:
            return None
        prev = labels[at - 1]
        ln = prev.lines[-1]
        text = ln.text.strip()
        if len(prev.lines) > 2 or not substrate_clause(text) or is_header(text):
            return None
        s = ln.start + lead(ln.text)
        value = text.rstrip(" .;,")
        return candidate(
            Term.habitat, value, 0.5, prev, s, s + len(value), "habitat.above_locality"
        )
    # (the site's sentence perhaps over two lines, the first left open: "In heath among mosses on /
    # low mound, damp, shaded.")
    top = i - 1
    if top > 0 and UNFINISHED_LINE.search(lab.lines[top - 1].text.rstrip()) is not None:
        top -= 1
    ln = lab.lines[top]
    text = squash_ws(lab.text[ln.start : lab.lines[i - 1].end]).strip()
    if substrate_clause(text) and not is_header(text):
        # "shell of Exampla minor" over the place: the substrate without its preposition
        pass
    elif (
        not habitat_line(lab.lines[top].text.strip())
        or any_key(text)
        or is_institution(text)
        or is_header(text)
        or PLANT_COLOUR.search(text) is not None
        or DESCRIPTION.match(text) is not None
        # the plant's form closing the line ("Low shrub", "Small tree"): its description
        or _FORM_LAST.search(text.rstrip(" .;,")) is not None
        or names_taxon(text, _unnamed)
        or METHOD_LINE.fullmatch(text) is not None
        or PERSON_LINE.fullmatch(text) is not None
        or ON.match(text) is not None
    ):
        return None
    s = ln.start + lead(ln.text)
    value = text.rstrip(" .;,")
    e = lab.lines[i - 1].start + len(lab.lines[i - 1].text.rstrip(" .;,\t"))
    return candidate(Term.habitat, value, 0.5, lab, s, e, "habitat.above_locality")


def _unnamed(start: int, end: int) -> bool:
    """No span of a line is known to hold a name the name parser found (`names_taxon` then
    takes a Latin binomial's shape alone)."""
    return False


# A sentence after the locality on its line ("... of Beeby. In marshy ground. Fruit red.")
_SITE_SENTENCE = re.compile(r"\.?[ \t]+(?P<site>[^\n.;]{3,}?)[ \t]*(?:[.;](?=[ \t]|$)|$)")


# The rest of the locality's line after its comma: the site ("Sampleton, roadside")
_SITE_AFTER_COMMA = re.compile(r",[ \t]*(?P<site>[^\n]{3,})")


def _growth_site(lab: Label, ln: Line) -> FieldCandidate | None:
    """The site closing a growing place's value after its last comma, in lower case ("...,
    Sampla küla, lodumets"), where the value names the place before it."""
    comma = ln.text.rfind(",")
    if comma < 0:
        return None
    tail = ln.text[comma + 1 :]
    s = ln.start + comma + 1 + lead(tail)
    e = ln.start + len(ln.text.rstrip(" .;,\t"))
    value = lab.text[s:e]
    if not re.fullmatch(r"[a-zà-ÿа-яё][^\d]{2,}", value):
        return None
    return candidate(Term.habitat, value, 0.5, lab, s, e, "habitat.growth_site")


def _site_closing(lab: Label, start: int, end: int) -> FieldCandidate | None:
    """The site closing the locality's last line after its last comma, which keyers leave in
    the locality ("Tartumaa, Sampleküla, niit.", "Upl. Sampleby sn, vid Exampla, betesmark",
    "Окр. г. Сэмплев, сосновый лес", "Mun. Sampleton, Fazenda Exampla, mata atlântica",
    "..., CERRADO.", "..., selva nublada, 2400 m"): the habitat, the place's names before it."""
    ln = lab.line_at(max(start, end - 1))
    if lab.text[end : ln.end].strip(" .;,\t"):
        return None  # "Exemplamaa, Sampla, niit; 12.VI.1956; K. Muster": a record on one line
    a = max(start, ln.start)
    text = lab.text[a:end].rstrip(" .;,")
    height = HEIGHT_TAIL.search(text)
    if height is not None and height.start() > 0:
        text = text[: height.start()].rstrip(" .;,")  # the height after the site
    comma = text.rfind(",")
    if comma < 3:
        return None
    site = text[comma + 1 :]
    s = a + comma + 1 + lead(site)
    site = site.strip()
    capitals = not re.search(r"[a-zà-ÿа-яё]", site)
    if (
        len(site) < 3
        or re.search(r"\d", site)
        or not (site[:1].islower() or capitals)
        or not habitat_line(site)
    ):
        return None
    return candidate(Term.habitat, site, 0.5, lab, s, s + len(site), "habitat.after_locality")


# A site in a word or three (its first word perhaps capitalised, the others in lower case) and
# perhaps its comma, before the preposition of the place's name
_SITE_HEAD = re.compile(
    r"[^\S\n]*(?P<site>[^\W\d_][\w-]*(?:[ \t]+[a-zà-ÿа-яё][\w-]*){0,2}),?[ \t]+"
)


def _growth_head(labels: list[Label], locality: FieldCandidate | None) -> FieldCandidate | None:
    """How the plant grew before the place on the locality's first line ("Growing on rocks by
    stream near Beeby": the locality starts at "near", `trim`), as the habitat."""
    if (found := _locality_start(labels, locality)) is None:
        return None
    lab, start = found
    ln = lab.line_at(start)
    at = place_after_growth(ln.text)
    if at is None and ln.start + lead(ln.text) == start:
        # "Wiesen bei Sampleton", "Kiefernwald unweit Sampleberg", "Louky u Sampleova": the
        # site in a word or three heading the place's line before its preposition, which
        # keyers leave in the locality too
        prep = PLACE_PREPOSITION.search(ln.text)
        head = _SITE_HEAD.fullmatch(ln.text, 0, prep.start()) if prep is not None else None
        if head is not None and HABITAT_WORDS.search(head["site"]) is not None:
            s = ln.start + lead(ln.text)
            value = head["site"]
            return candidate(
                Term.habitat, value, 0.5, lab, s, s + len(value), "habitat.before_locality"
            )
        return None
    if at is None or ln.start + at != start:
        return None
    # (the plant and its size before the site are its description: "Plant 2 m tall, in moist
    # woods near Sampleton")
    s, e = ln.start + max(lead(ln.text), site_start(ln.text)), start
    value = lab.text[s:e].strip(" ,;")
    if len(value) < 3:
        return None
    return candidate(Term.habitat, value, 0.5, lab, s, s + len(value), "habitat.before_locality")


def _after_substrate_at(lab: Label, locality: FieldCandidate | None) -> int | None:
    """Where on `lab` the locality read after a substrate's comma starts, if it was."""
    if locality is None or locality.evidence.rule != "locality.after_substrate":
        return None
    ev = locality.evidence
    return ev.start if ev.label == lab.position else None


def _habitat_below(lab: Label, end: int) -> FieldCandidate | None:
    """The line under the locality that ends at `end` when it describes the site
    (`habitat_line`: "Exampleton, Sample Hill / Maquis sur éboulis."), the locality's block
    having left it out (`trim`), past a line of coordinates or an altitude between ("... 2 mi. N
    of Sampleton / T12N R3W Sec. 14 / Common in wet meadows")."""
    i = lab.line_no(end) + 1
    # (or the site's preposition the locality left open at its line's end: "Sampleton, 4000
    # ft., on / limestone rocks")
    opened = OPEN_SITE.match(lab.text, end, lab.line_at(end).end + 1)
    line_end = lab.line_at(end).end
    if opened is None and lab.line_no(end) + 1 < len(lab.lines):
        # (or its adjective, the noun under it in lower case: "..., kuiva / kallio")
        below = lab.lines[lab.line_no(end) + 1].text.strip()
        opened = OPEN_SITE_WORDS.match(lab.text, end, line_end + 1) if below[:1].islower() else None
    # (past the vice-county's number the locality left off its line: "Nr. Sampleton, v.c. 17 /
    # damp meadow by stream")
    numbered = VICE_COUNTY_TAIL.fullmatch(lab.text, end, line_end) is not None
    if line_end > end + 1 and opened is None and not numbered:
        return None
    while i < len(lab.lines) and (
        coordinates_line(lab.lines[i].text)
        or altitude_line(lab.lines[i].text)
        # a county and its vice-county between ("Sample Wood / Exampleshire v.c. 12 / by the
        # lake"), a grid reference ("SU 123 456")
        or vice_county_line(lab.lines[i].text)
        or GRID_LINE.fullmatch(letters_as_figures(lab.lines[i].text)) is not None
    ):
        i += 1
    if i >= len(lab.lines):
        return None
    ln = lab.lines[i]
    if not habitat_line(ln.text) or DESCRIPTION.match(ln.text) or METHOD_LINE.fullmatch(ln.text):
        # "beating oak", "at light": how the insect was taken, not where
        return None
    # (the plant's form before a semicolon is its description: "Herbaceous, creeping; frequent
    # in open pastures")
    s = ln.start + max(lead(ln.text), site_start(ln.text))
    key = LOC_KEY.match(ln.text)
    if key is not None:
        # "Vindplaats: Exempla / Groeiplaats: in weiland": a second place's key under the
        # locality (where it grew) keys the site; its value is the habitat, without the key
        s = ln.start + key.end()
    if (head := HEIGHT_HEAD.match(ln.text, s - ln.start)) is not None:
        s = ln.start + head.end()  # "1800 m, mossy forest": the height apart
    value = ln.text[s - ln.start :].strip()
    value = value[: site_end(value)]  # "Rocky slopes; annual herb, fl. yellow."
    if (tail := HEIGHT_TAIL.search(value)) is not None and tail.start() >= 3:
        value = value[: tail.start()]  # "Evergreen forest, 1200 m": the height, a field of its own
    if len(value) < 3:
        return None
    if opened is not None and i == lab.line_no(end) + 1:
        s, value = opened.start("site"), f"{opened['site']} {value}"
    return candidate(Term.habitat, value, 0.5, lab, s, ln.end, "habitat.below_locality")
