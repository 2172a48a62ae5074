"""Each line's kind for the locality's block (`line_kind`, `line_kinds`): blank, the locality's
key, a header, text, or skipped (claimed by another field, or no place: see `persons`, `taxa`,
`institutions`, `asides`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from pipelines.fields.ocr_slips import letters_as_figures
from pipelines.fields.places.asides import (
    CITATION,
    GRID_LINE,
    HOST_LINE,
    NOISE,
    REARED_LINE,
    SERIES_LINE,
    TITLE_WORDS,
    altitude_line,
    aside_line,
    horizon_line,
    host_line,
    measure_line,
    method_line,
)
from pipelines.fields.places.claimed import Span, merged_spans, spent
from pipelines.fields.places.coordinates import coordinates_line
from pipelines.fields.places.cues import GEO_WORDS
from pipelines.fields.places.higher_geography import country_alone, is_state
from pipelines.fields.places.institutions import (
    DEPARTMENT_LINE,
    EXCHANGE_NOTE,
    HERBARIUM_WORD,
    institution_header,
    misread_institution,
    service_road,
    shortened_museum,
)
from pipelines.fields.places.keys import HAB_KEY, LOC_KEY, OTHER_KEY, REFERENCE_KEY
from pipelines.fields.places.lines import (
    DATE_LINE,
    ON,
    PLANT_COLOUR,
    abundance_line,
    bearing_under_distance,
    carries_on,
    describes_plant,
    description_start,
    opens_description,
    place_after_growth,
)
from pipelines.fields.places.persons import (
    COLLECTION_LINE,
    COLLECTOR_THEN_PLACE,
    PERSON_LINE,
    TEAM_NUMBER,
    person_cue_line,
    signed_line,
)
from pipelines.fields.places.repairs import capitals_mended
from pipelines.fields.places.score import place_score
from pipelines.fields.places.taxa import (
    DET_OR_FAMILY,
    DET_WORD,
    HIGHER_TAXON,
    TYPE_LINE,
    names_taxon,
)
from pipelines.fields.places.vice_counties import (
    past_vice_county,
    vice_county_line,
)
from pipelines.fields.roles import slip_heading
from pipelines.fields.text import Label, Line, is_header
from pipelines.fields.vicecounty import is_british_county


def _never(start: int, end: int) -> bool:
    return False


def line_kind(line: str, claimed: bool, named: Callable[[int, int], bool] = _never) -> str:
    if not line.strip():
        return "blank"
    if LOC_KEY.match(line):
        return "loc_key"
    if claimed or (is_header(line) and not GEO_WORDS.search(line)):
        return "skip"
    if DET_OR_FAMILY.search(line) or NOISE.fullmatch(line) or slip_heading(line):
        return "skip"  # "Annotation label" over the slip's lines inside a data label's text
    if EXCHANGE_NOTE.match(line) or HERBARIUM_WORD.search(line) or institution_header(line):
        return "skip"
    if (
        (_DIGIT_IN_WORD.search(line) and institution_header(_letters(line)))
        or misread_institution(line)
        or shortened_museum(line)
    ):
        # "Mus6e d'Histoire Nature11e", "Univeraitåt Sampleton": the institution's name as the
        # OCR misread it
        return "skip"
    if DEPARTMENT_LINE.fullmatch(line):
        return "skip"  # "BOTANY" under the museum's name
    if coordinates_line(line) or signed_line(line) or _MISREAD_DATE.match(line):
        # "T12N R3W Sec. 14", "UTM 14 ...", "K. Musler 12O4 June 3, 19S2"; "l5.6.l9l2 A. Exempel"
        return "skip"
    if (
        (PERSON_LINE.fullmatch(line) and not _bearing_region(line))
        or COLLECTION_LINE.search(line)
        or re.search("[♂♀]", line)
    ):
        return "skip"  # a collector's or a collection's line; a sex's sign is the name's
    if (
        person_cue_line(line)
        or HIGHER_TAXON.fullmatch(line)
        or GRID_LINE.fullmatch(line)
        # (its figures perhaps read as letters: "SU l23 456")
        or GRID_LINE.fullmatch(letters_as_figures(line))
    ):
        return "skip"  # "Annotated by J. Beispiel", "Coleoptera", "Grid ref. NT 123 456"
    if REARED_LINE.fullmatch(line) or (
        (method_line(line) or host_line(line)) and not GEO_WORDS.search(line)
    ):
        # "Sweeping", "M.V. light", "Lichtfang": how it was taken; "ex Exampla minor": its host
        return "skip"
    if REFERENCE_KEY.match(line) or TYPE_LINE.match(line) or altitude_line(line):
        return "skip"
    if horizon_line(line) or measure_line(line):
        # "Lias, bucklandi Zone" under a fossil's place: its horizon; "Wing 112 mm": a skin's
        return "skip"
    if CITATION.search(line) or aside_line(line):
        return "skip"
    if names_taxon(line, named):
        return "skip"
    if SERIES_LINE.match(line) or SERIES_LINE.match(_letters(line)):
        return "header"
    if (
        (is_header(line) and TITLE_WORDS.fullmatch(line))
        or _COLLECTED_BY_TITLE.match(line)
        or _GROUP_TITLE.fullmatch(line)
    ):
        # "FLORA OF SHASTA COUNTY", "CHINESE PLANTS COLLECTED BY K. MUSTER": the series' title,
        # the place only when the label says no more
        return "header"
    if COLLECTOR_THEN_PLACE.match(line):
        return "text"  # the collector is claimed and cut off the block's head (`trim`)
    if vice_county_line(line):
        # "Cambs. v.c. 29" over "Sampleton Fen": the county, the place only when the label
        # says no more
        return "header"
    if past_vice_county(line, 0, len(line)) > 0:
        return "text"  # "v.c. 12, Sample Wood": the vice-county's key, then the place
    if place_after_growth(line) is not None and not PLANT_COLOUR.search(line[:40]):
        # "Growing on rocks by stream near Beeby, Exampleshire": the place after how it grew
        # (`trim` cuts the head off)
        return "text"
    if OTHER_KEY.match(line) or HAB_KEY.match(line) or opens_description(line) or ON.match(line):
        return "skip"
    if abundance_line(line):
        return "skip"  # "Häufig.", "Locally common.": how common the plant is, no place
    if PLANT_COLOUR.search(line):
        # "Along road to Sampleton, Mun. Exempla. Shrub 2 m, flowers white.": the place's
        # sentence before the plant's (`trim` cuts the description off)
        start = description_start(line)
        # ("Exampla, Sampleton. Growing on tree trunks; fl. white.": names listed)
        placed = start and (GEO_WORDS.search(line[:start]) or place_score(line[:start]) > 0)
        return "text" if placed else "skip"
    if re.fullmatch(r"[\s\d\W]*", line) or re.fullmatch(
        # a field number with its series' letters, as the OCR may read it ("KM 12-O34")
        r"\s*[A-Z]{2,6}[- ]?(?=[\dOIl.,-]*\d)[\dOIl.,-]+\s*",
        line,
    ):
        return "skip"
    if _SERIES_NUMBER.fullmatch(line) or (
        _REGISTER_NUMBER.fullmatch(line)
        and not GEO_WORDS.search(line)
        # five figures or more, no date ("NEV.VII-11-67") nor grid reference ("KENT. TQ-7359");
        # a year opening a register's groups is the accession's ("NMW.C.1989.004.2213")
        and len(re.findall(r"\d", line)) >= 5
        and (not DATE_LINE.search(line) or _ACCESSION_YEAR.search(line) is not None)
    ):
        return "skip"
    return "text"


# A series' title naming what was collected and by whom or where ("CHINESE PLANTS COLLECTED BY
# K. MUSTER", "Plants collected in Exampla by J. Beispiel", "Lichens gathered by ...")
_COLLECTED_BY_TITLE = re.compile(
    r"\W*(?:[A-Za-z.]+\s+){0,3}(?i:plants|plantae|flora|lichens|mosses|fungi|insects|seeds)\s+"
    r"(?i:collected|gathered|coll\.)\s+(?i:by|in|on|during)\b"
)


# A series' title naming the group collected and its region, either way round ("Tennessee
# Lichens", "Exampla County Mosses", "Lichens of Exampla", "Bryophytes from Sampleland")
_GROUP = (
    r"(?i:lichens|mosses|bryophytes|hepatics|liverworts|fungi|algae|ferns|grasses|cryptogams|"
    r"plants|flora|insects|beetles|butterflies)"
)
_GROUP_TITLE = re.compile(
    rf"\W*(?:(?:[A-Z][\w'’.-]*\s+){{1,3}}{_GROUP}|{_GROUP}\s+(?i:of|from)(?:\s+the)?"
    r"(?:\s+[A-Z][\w'’.-]*){1,3})\W*"
)


# A bearing's initials before a region's name ("N.W. Yunnan", "S.E. Exampleshire"): the part
# of a region, not a person's initials and surname
_BEARING_SHAPE = re.compile(
    r"\W*(?:[NSEW]\.\s?){2,3}\s*(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\W*"
)


def _bearing_region(line: str) -> bool:
    """Whether `line` is a bearing's initials before a state's, a country's or a British
    county's name (`_BEARING_SHAPE`), not "N.E. Muster"."""
    m = _BEARING_SHAPE.fullmatch(line)
    if m is None:
        return False
    name = m.group("name")
    return is_state(name) or country_alone(name) or is_british_county(name)


# A forest department's or a herbarium's series and number after the country's or state's name
# ("Sarawak S. 12345", "BRUNEI. BRUN 1234"): a collection's number, no place (not a grid
# reference's two letters, "Exampleton SU 1234")
_SERIES_NUMBER = re.compile(r"\s*[A-Z][A-Za-z]+\.?\s+(?:[A-Z]\.|[A-Z]{3,4}\.?)\s?\d{3,6}\s*")


# A museum's register or catalogue number alone on its line, its code in capitals with a
# department's after a hyphen or in brackets ("MCZ-ENT 00123456", "BMNH(E) 1234567", "MNHN
# EY0001234", "EMEC 123,456", "B.M. 1932-456"): no place
_REGISTER_NUMBER = re.compile(
    r"\s*[A-Z][A-Z.()]{1,10}(?:[- ][A-Z]{2,6})?[ \t:#-]*(?:[A-Z]{1,3}[ \t.]?)?\d[\d \t,.-]{3,}\s*"
)


# A river's abbreviated word and its name alone on a line ("R. Exampla"), and a relation opening
# the line under it ("at Sampleton", "nr. Beeby")
_RIVER_LINE = re.compile(r"\W*R\.\s?[A-Z][a-z]{2,}\W*")
_RELATION_HEAD = re.compile(r"\W*(?:at|near|nr\.?|below|above|by)\s+[A-Z]")


# A year opening an accession's register number, two groups or more after it, one of three
# figures or more or three of them ("1989.004.2213", "1980.33.207", "1921.3.4.12"): no date's
# day and month ("1921.3.4")
_ACCESSION_YEAR = re.compile(
    r"(?<!\d)(?<!\d\.)(?:1[6-9]|20)\d\d[.\-/](?:\d+[.\-/])*(?:\d{3,}(?:[.\-/]\d+)*|\d+[.\-/]\d+[.\-/]\d+)"
    r"(?![\d.])"
)


# A colonial district's or a forest division's word ("Exampleton Dist.", "Sample Forest Division",
# "Beeby Reserve", "Gold Coast Colony, Sampleton"), which no institution's address holds
_DIVISION = re.compile(
    r"\b(?:Dist|Distr|Div|Prov|Terr)\.|\b(?:District|Division|Province|Territory|Reserve|Forest)\b"
    # (a colony's word before the place it names; "CAPE COLONY" alone may be the address's)
    r"|\b(?:Colony|Protectorate|Presidency|Residency)[ \t]*[,:;][ \t]*[A-Z]"
    # or a natural feature's word after a name ("Exampla Range, W.A.", "Exampla Stream, Sample
    # Range")
    r"|\b[A-Z][a-z]+[ \t]+(?:Range|Ranges|Stream|Creek|River|Peak|Mountains|Hills|Valley|Gorge|"
    r"Falls|Lake|Island|Swamp|Kloof|Saddle)\b"
)


# A duplicate's provenance on its own line ("Duplicate from Herbarium of Exampla College"): no
# list of herbaria runs on below it
_DUPLICATE_FROM = re.compile(r"\W*(?i:duplicates?|dupl\.?)\s+(?i:from|ex|of)\b")


# Figures the OCR read for letters inside a word ("F1ora", "Fl0ra", "Nature11e", "Mus6e"): the
# word's letters
_DIGIT_IN_WORD = re.compile(r"(?<=[A-Za-z])[106]+(?=[a-z])")
_LETTER_OF = str.maketrans({"1": "l", "0": "o", "6": "é"})


# A day, a month and a year opening a line, "l", "I" or "O" read by the OCR for a figure in them
# ("l5.6.l9l2", "l2.V.l93O"): the date's line, no place
_MISREAD_DATE = re.compile(
    # (an "I" between figures is a Roman month's: "12.IV.1930" is no misreading)
    r"\W*(?=[\dlO.\-/]*[lO])(?=[lO]*\d)[\dlO]{1,2}\s?[./-]\s?(?:[\dlO]{1,2}|[IVXivx]{1,4})\s?[./-]"
    r"\s?[\dlO]{2,4}\b"
)


def _letters(line: str) -> str:
    """`line` with figures inside a word read as the letters they stand for ("F1ora of Exampla"
    as "Flora of Exampla", "Mus6e" as "Musée"), so a series' title or an institution's name
    the OCR misread is still one."""
    return _DIGIT_IN_WORD.sub(lambda m: m.group(0).translate(_LETTER_OF), line)


# A height's figures and unit, as the OCR may misread them ("35OO ft.")
_HEIGHT = re.compile(r"[\dOlI]\s?(?i:m|ft|feet)\b")


def _left_over(ln: Line, merged: Sequence[Span], ends: Sequence[int]) -> str:
    """The line `ln` with the claimed spans (`merged_spans`, with their `ends`) blanked out."""
    chars = list(ln.text)
    k = bisect.bisect_right(ends, ln.start)
    while k < len(merged) and merged[k][0] < ln.end:
        a, b = max(merged[k][0], ln.start), min(merged[k][1], ln.end)
        chars[a - ln.start : b - ln.start] = " " * max(0, b - a)
        k += 1
    return "".join(chars)


def _closes_block(lab: Label, kinds: Sequence[str], i: int) -> bool:
    """Whether line `i` is the last of its block of text: the label ends, or the next line is
    no text or a date's."""
    if i + 1 >= len(kinds) or kinds[i + 1] != "text":
        return True
    return DATE_LINE.search(lab.lines[i + 1].text) is not None


def line_kinds(lab: Label, spans: Sequence[Span], regions: Sequence[Span] = ()) -> list[str]:
    """Each line's kind (`line_kind`): `spans` claimed by other fields, `regions` the offsets of
    country, state and county names in the label."""
    merged = merged_spans(spans)
    ends = [ce for _, ce in merged]
    inst, address = lab.institution, lab.address
    inst = [x and not service_road(ln.text) for x, ln in zip(inst, lab.lines, strict=True)]
    # "FOREST DEPARTMENT, BURMA / Exampleton Dist., Sample Reserve": a line under the header
    # naming a kind of place is where the plant grew, no address
    address = [
        x and not _DIVISION.search(ln.text) for x, ln in zip(address, lab.lines, strict=True)
    ]

    def named_in(ln: Line) -> Callable[[int, int], bool]:
        def named(start: int, end: int) -> bool:
            a, b = ln.start + start, ln.start + end
            return any(cs <= a and b <= ce for cs, ce in merged)

        return named

    kinds = [
        "skip"
        if is_inst or is_address
        # (a key in capitals as the OCR misread it: "C0LL. K. MUSTER N0. 5678")
        else line_kind(
            capitals_mended(ln.text), claimed=spent(ln, merged, ends), named=named_in(ln)
        )
        for ln, is_inst, is_address in zip(lab.lines, inst, address, strict=True)
    ]
    for i, ln in enumerate(lab.lines):
        if (
            kinds[i] == "text"
            and _HEIGHT.search(ln.text) is not None
            and (rest := _left_over(ln, merged, ends)) != ln.text
            and altitude_line(rest)
        ):
            # "35OO ft. l2.v.l93l": a height left on the date's line, no place
            kinds[i] = "skip"
        if (
            EXCHANGE_NOTE.match(ln.text) and not _DUPLICATE_FROM.match(ln.text)
        ) or REFERENCE_KEY.match(ln.text):
            # the note's list of herbaria, the reference's citation, runs on
            for j in range(i + 1, len(kinds)):
                if kinds[j] == "blank":
                    break
                kinds[j] = "skip"
    described = [
        bool(lab.lines)
        and (describes_plant(lab.lines[0].text) or OTHER_KEY.match(lab.lines[0].text) is not None)
    ] * len(kinds)
    for i in range(1, len(kinds)):
        line, prev = lab.lines[i].text, lab.lines[i - 1].text
        if kinds[i] == "text" and REARED_LINE.fullmatch(prev) and HOST_LINE.fullmatch(line):
            # "beaten from / Quercus robur": the host the insect was taken from, no place
            kinds[i] = "skip"
            continue
        if (
            kinds[i - 1] == "skip"
            and kinds[i] == "text"
            and _RIVER_LINE.fullmatch(prev)
            and _RELATION_HEAD.match(line)
            and not spent(lab.lines[i - 1], merged, ends)
        ):
            # "R. Exampla / at Sampleton": a river's abbreviated word over the place it is
            # taken at, which reads as an initial and a surname
            kinds[i - 1] = "text"
        if kinds[i] == "skip" and kinds[i - 1] == "text" and bearing_under_distance(prev, line):
            # "Exampla Cr., 4 mi / N. Sampleton": the bearing and the place under the distance,
            # which the collectors' rule read as an initial and a surname
            kinds[i] = "text"
            continue
        if (
            kinds[i] == "skip"
            and kinds[i - 1] == "text"
            and line.lstrip()[:1].islower()
            and not spent(lab.lines[i], merged, ends)
            and (
                # "..., Provincia Ejemplar; / altitude 300 to 900 meters": a key word in
                # lower case after a line left open carries on the locality's sentence; keys
                # are capitalised
                (prev.rstrip().endswith((",", ";")) and OTHER_KEY.match(line) is not None)
                # "Plantas de viveros en el area / del Liceo y Jardin Escolar.": nor does an
                # institution's name open with a lower-case word after an unfinished sentence
                or (inst[i] and not prev.rstrip().endswith("."))
            )
            # "det. J. Beispiel, Field Museum 1960": a determiner's line, not the sentence's end
            and not DET_WORD.match(line.lstrip())
            and not person_cue_line(line)
        ):
            kinds[i] = "text"
        elif (
            kinds[i] == "text"
            and kinds[i - 1] == "text"
            and (
                prev.rstrip().endswith((".", " m", "m.", ")"))
                # "Yunnan Fu / Hills W of city / Forrest 12345 / May 1906": a surname and a
                # field number of three figures or more closing the block
                # (not a place's height: "Sampleville 1800m")
                or (
                    re.search(r"\d{3}", line) is not None
                    and re.search(r"\d\s?(?i:m|ft|km|mi)\b", line) is None
                    and _closes_block(lab, kinds, i)
                )
            )
            and TEAM_NUMBER.fullmatch(line)
            and not GEO_WORDS.search(line)
        ):
            # "Tonkin: env. de Exempleville, 1500 m. / Muster 1234": a collector's surname and
            # number under the place's finished sentence, as colonial sheets print them
            kinds[i] = "skip"
        elif kinds[i] == "text" and described[i - 1] and carries_on(prev, line):
            # "2' shrub ; fls. pink; in sandy / ground near the lake.": the description's
            # sentence goes on
            kinds[i] = "skip"
        # a description's sentence, or another field's keyed value ("Nom. vern.: Exempla / de
        # la forêt"), carries on over the lines below it
        described[i] = kinds[i] == "skip" and (
            describes_plant(line)
            or OTHER_KEY.match(line) is not None
            or (described[i - 1] and carries_on(prev, line))
        )
    return kinds
