"""Where an unkeyed locality's block ends and starts (`trim`): claimed spans, the keys and names
they leave, the habitat after ";" or on the last line, a collector in brackets or in
consonants, a number before the place's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.fields.ocr_slips import small_letters_mended
from pipelines.fields.people import DATE_SHAPE
from pipelines.fields.places.asides import HOST_LINE, METHOD_TAIL, REARED_LINE, method_line
from pipelines.fields.places.claimed import Span, claimed_end
from pipelines.fields.places.cues import (
    GEO_WORDS,
    HABITAT_WORDS,
    PLACE_SMALL_WORD,
    cue_pattern,
    place_words,
)
from pipelines.fields.places.habitat_phrases import (
    COMPOUND_SITE,
    habitat_line,
    name_carried,
    open_site_after_name,
    site_word,
    substrate_clause,
)
from pipelines.fields.places.higher_geography import only_higher_geography
from pipelines.fields.places.lines import (
    DATE_LINE,
    SENTENCE_START,
    UNFINISHED_LINE,
    bearing_under_distance,
    describes_plant,
    description_start,
    height_before,
    lead,
    opens_description,
    place_after_growth,
)
from pipelines.fields.places.persons import (
    COLLECTOR_THEN_PLACE,
    PERSON_LINE,
    TEAM_NUMBER,
)
from pipelines.fields.places.score import place_score
from pipelines.fields.text import Label, squash_ws

# A preposition of place left open at the end of a block's head ("In silvis prope", "Wald bei",
# "near"): the place's name comes after it
OPEN_PREPOSITION = re.compile(
    r"(?<![\w.])(?:prope|pr\.|juxta|ad|apud|circa|versus|in|inter|supra|sub|near|at|by|bei|nahe|"
    r"unweit|près|pres|de|del|cerca|perto|bij|nabij|nära|vid|около|близ|у)$",
    re.IGNORECASE,
)


def trim(lab: Label, s: int, e: int, spans: Sequence[Span]) -> Span:
    """Cut a claimed span (a date, a collector) off the end of the block, and habitat after ";";
    and a collector's key and name off its head (`COLLECTOR_THEN_PLACE`).
    A date the date parser could not read may be left after it ("Sample Co. /
    K.Mustr1Vll-Z4-71": the collector claimed, the date not)."""
    for ln in lab.lines[lab.line_no(s) : lab.line_no(e) + 1]:
        m = COLLECTOR_THEN_PLACE.match(ln.text)
        if m is not None and ln.start + m.start("place") < e:
            s = ln.start + m.start("place")  # the place after the collector's name
    for ln in lab.lines[lab.line_no(s) + 1 : lab.line_no(e) + 1]:
        # "Exemplo-Berge / 15.III.1912 Muster S.": a line opening with its claimed date ends the
        # place, whatever follows the date on it
        date = DATE_LINE.search(ln.text)
        if (
            s < ln.start < e
            and date is not None
            and date.start() <= 2
            and any(ln.start <= cs <= ln.start + 2 for cs, _ in spans)
        ):
            e = ln.start
            break
    first = lab.line_at(s)
    growth = place_after_growth(first.text)
    if growth is not None and first.start + growth < e:
        s = first.start + growth  # "Growing on rocks by stream near Beeby": the place after it
    # "Wet rock face. / 2 km S of Sampleton harbour, Alaska": the site described on the
    # block's first lines, the place under them
    s = _past_site_lines(lab, s, e)
    first = lab.line_at(s)
    if REARED_LINE.fullmatch(first.text) and first.end < e:
        # "bred from / Quercus robur / Sampleton Common": the rearing and its host head the block
        s = first.end + 1
        host = lab.line_at(s)
        if HOST_LINE.fullmatch(host.text) and host.end < e:
            s = host.end + 1
    for cs, ce in sorted(spans):
        rest = lab.text[ce:e]
        if OPEN_PREPOSITION.search(lab.text[s:cs].rstrip()):
            # "In silvis prope / Sampleton": the name after a preposition is the place's, though
            # another field claimed it (a name parser's "Sampleton mens.")
            continue
        if height_before(lab.text, s, cs):
            continue  # "Monte Esempio, m.s.n.m. 1800, pascoli": a height, not a year
        if _bearing_after_distance(lab, s, cs):
            continue  # "4 mi / N. Sampleton": the bearing and the place, no person
        if s < cs < e and (not rest.strip(" ,.;\n") or DATE_SHAPE.fullmatch(rest)):
            e = cs
            # "Santos 18 10/12 74": a year's century written apart from the date claimed
            century = re.search(r"[ \t](?:1[6-9]|20)[ \t]*$", lab.text[s:e])
            e = s + century.start() if century is not None else e
        elif s < cs < e and cs > s + 10:
            e = min(e, cs) if GEO_WORDS.search(lab.text[s:cs]) else e
    for cs, _ in sorted(spans, reverse=True):
        # "Harjumaa, Exempla, niit. / 12.VI.1956 leg. K. Muster": the date and the collector's key
        # left once the name is cut off end the locality too
        rest = lab.text[claimed_end(spans, cs) : e]
        if (
            OPEN_PREPOSITION.search(lab.text[s:cs].rstrip())
            or height_before(lab.text, s, cs)
            or _bearing_after_distance(lab, s, cs)
        ):
            continue
        if s < cs < e and (_KEYS_LEFT.fullmatch(rest) or _person_left(rest)):
            e = cs
    # the key of the name cut off after the place ("Prope Exempla legit / K. MUSTER, 1854")
    if (key := _KEY_AT_END.search(lab.text, s, e)) is not None and key.start() > s:
        e = key.start()
    for ln in lab.lines[lab.line_no(s) : lab.line_no(e) + 1]:
        # "..., Mun. Exempla. Shrub 2 m tall, flowers white.": the plant's description after
        # the place's sentence
        cut = description_start(ln.text)
        if cut is not None and s < ln.start + cut < e:
            e = ln.start + cut
            break
    text = lab.text[s:e]
    semi = text.rfind(";")
    tail = text[semi:]
    if (
        semi > 0
        and not re.search(r"\d|\b(?:mi|km|of)\b", tail)
        # "Sampla Co., Wis.; Sampleton, on boulders": the county and state, then the place
        and not (_COUNTY_WORD.search(text[:semi]) and _NAME_THEN_SITE.match(tail.lstrip("; ")))
        and (
            HABITAT_WORDS.search(tail)
            # "; res. Exempla / Beeby, Ceeton.": names of places go on
            # (not the plants' names of a list of associates, "; Aus bus, Cus dus")
            or not (
                GEO_WORDS.search(tail)
                # a name opening the tail too ("Sampla Co., Wis.; Sampleton")
                or re.search(r"(?:^|\s)[A-ZÀ-Þ][a-zà-ÿ]{2,}\b(?!\s+[a-z]{3,})", tail[1:].lstrip())
            )
        )
    ):
        e = s + semi
    e = _before_site_sentences(lab.text, s, e)
    e = _end_stripped(lab.text, s, e)
    # "Sampleton in pratis humidis": the site after the place's name on the block's last line,
    # no comma between, is the habitat's
    a = max(s, lab.line_at(max(s, e - 1)).start)
    if (at := open_site_after_name(lab.text[a:e])) is not None and at > 0:
        e = _end_stripped(lab.text, s, a + at)
    # "... Batu Exempla. / Lowland forest beside a brook.", "Exempla: Muara / mangrove":
    # the habitat on the block's last line, a field of its own
    last = lab.line_at(e)
    if (
        last.start > s
        and habitat_line(lab.text[last.start : e])
        and not name_carried(
            lab.text[lab.line_at(last.start - 1).start : last.start - 1], last.text
        )
        and not _list_goes_on(lab.text[s : last.start], last.text)
    ):
        # "Exampla Co. / Sampleton, on granite outcrop.": the place's name before the comma
        # stays, the site after it goes
        named = _NAME_THEN_SITE.match(lab.text, last.start, e)
        if named is not None and HABITAT_WORDS.fullmatch(named["name"]):
            named = None  # "Forêt, bord de ruisseau": the site's word, no place's name
        if named is None and re.search(r"[^\W\d_]-\n$", lab.text[s : last.start]):
            # "Prov. Exampla: Sample- / ton, ad ripas fluminis": the name's word broken over
            # the lines by its hyphen, its end opening the last line
            named = _CARRIED_WORD.match(lab.text, last.start, e)
        e = named.end("name") if named is not None else last.start
        # "Sampleton, 4000 ft., on / limestone rocks": the site's preposition left open at
        # the line's end goes with the site
        if (open_site := OPEN_SITE.search(lab.text, s, e)) is not None and open_site.start() > s:
            e = open_site.start()
        # "Ta, Sampleby, Exempelä kylä, kuiva / kallio": the site's adjective left open at the
        # line's end, its noun under it, goes with the site
        elif (
            (open_words := OPEN_SITE_WORDS.search(lab.text, s, e)) is not None
            and open_words.start() > s
            and lab.text[last.start : last.end].strip()[:1].islower()
        ):
            e = open_words.start()
    # "NIGERIA: Sampleton / at light, 12.iii.1949": how the insect was taken, its date cut off
    if last.start > s and method_line(lab.text[last.start : e]):
        e = last.start
    elif (method := METHOD_TAIL.search(lab.text, max(s, last.start), e)) is not None:
        e = method.start()  # "Sampleton, at m.v. light"
    # "Exempla / Krth.": a collector's name shortened to its consonants, alone under the place
    if last.start > s and _CONSONANTS.fullmatch(lab.text[last.start : e]):
        e = last.start
    # "Sampleton (K. Muster) 12.6.1901": the collector in brackets after the place, its date
    # cut off
    bracket = _BRACKET_TAIL.search(lab.text, s, e)
    if bracket is not None and bracket.start() > s and PERSON_LINE.fullmatch(bracket["name"]):
        e = bracket.start()
    e = before_person_tail(lab.text, max(s, lab.line_at(e).start), e)
    # "703 Exempla": a collection's number before the place's name
    head = _NUMBER_HEAD.match(lab.text, s, e)
    if head is not None:
        s = head.end()
    e = _end_stripped(lab.text, s, e)
    # The keyword of a field number whose digits were claimed ("... Example Bay / No. 835").
    m = re.search(r"(?:^|\s)(?:No|NO|no|Núm|N°|#)\.?$", lab.text[s:e])
    if m is not None:
        e = s + m.start()
    e = _end_stripped(lab.text, s, e)
    while s < e and lab.text[s] in " ,\t\n•":
        s += 1
    return s, e


def _past_site_lines(lab: Label, s: int, e: int) -> int:
    """The start of the block `lab.text[s:e]` past its first lines where they only describe the
    site (`habitat_line`: "Wet rock face.", "Boggy meadow, wet, open.") and the
    lines under them name a place ("2 km S of Sampleton harbour, Alaska."): keyers give the site
    the habitat's field. `s` where no such line heads it, or nothing but regions is left."""
    i, last = lab.line_no(s), lab.line_no(max(s, e - 1))
    substrate = _SUBSTRATE_HEAD.match(lab.text, s, lab.lines[i].end)
    if substrate is not None and substrate_clause(substrate["substrate"]):
        # "Abies branches, Sample Lake", "bark, margin of trail by ravine": a packet's substrate
        # without its preposition, then the place after its comma
        return substrate.end()
    at = s
    while i < last:
        line = lab.text[max(at, lab.lines[i].start) : lab.lines[i].end].strip()
        # (or the site's sentence carried on from a line left open: "In heath among mosses
        # on / low mound, damp, shaded.")
        carried = at > s and UNFINISHED_LINE.search(lab.lines[i - 1].text.rstrip()) is not None
        if not (habitat_line(line) or carried) or describes_plant(line) or opens_description(line):
            break  # ("Herbaceous, sprawling over bare soil; petals / yellow": the plant's)
        i += 1
        at = lab.lines[i].start + lead(lab.lines[i].text)
    if at > s and UNFINISHED_LINE.search(lab.lines[i - 1].text.rstrip()) is not None:
        # the last site line left open carries the place on ("Gravel bars and heath, north end of /
        # Sample Lake"): the place starts after its last comma, where a site is named before it
        above = lab.lines[i - 1]
        comma = lab.text.rfind(",", max(s, above.start), above.end)
        head = lab.text[max(s, above.start) : comma].strip()
        if comma < 0 or not habitat_line(head):
            return s
        at = comma + 1 + lead(lab.text[comma + 1 : above.end])
    if (
        at == s
        or place_score(lab.text[at:e]) <= 0
        or only_higher_geography(lab.text, at, e, ())
        # the plant described over the lines ("Herbaceous, over bare soil; petals / yellow; ...")
        or describes_plant(squash_ws(lab.text[s:at]))
    ):
        return s
    return at


# The words before a line's first comma, then a word after it (a substrate's, perhaps)
_SUBSTRATE_HEAD = re.compile(r"(?P<substrate>[^\W\d_][^,\n]{1,40}),[ \t]+(?=[^\W\d_])")


def _list_goes_on(above: str, line: str) -> bool:
    """Whether `line` opens with one more place's name of the list that the block `above` leaves
    open by its comma ("Ta: Sampla pit., Exempelä kylä, / Esimerkkijärven ranta, lehto": the
    lake's shore, its site after it, as one line would give them): a capitalised word (not in
    capitals) that is no site's word."""
    first = re.match(r"[A-ZÀ-ÞА-ЯЁ][^\W\d_]{3,}\b", line.strip())
    return (
        above.rstrip().endswith(",")
        and first is not None
        and not first.group(0).isupper()
        and not site_word(first.group(0))
        and COMPOUND_SITE.fullmatch(first.group(0).lower()) is None
    )


def _bearing_after_distance(lab: Label, s: int, cs: int) -> bool:
    """Whether the claimed span at `cs` opens a line of a bearing and a place's name under a
    line closing with a distance (`bearing_under_distance`), no person's name."""
    return bearing_under_distance(
        lab.text[max(s, cs - 20) : cs], lab.text[cs : lab.line_at(cs).end]
    )


def _before_site_sentences(text: str, s: int, e: int) -> int:
    """Where the place's sentences end before the site's that close the block's last line
    ("Sampleton, 5 miles N of Beeby. In marshy ground.", "Sikkim: Exampla Valley, 10,000 ft.
    Rhododendron forest.", "Beeby Hills, E of Sampleton; rocky slopes"): a sentence or a
    semicolon's clause that describes the site (`habitat_line`), a capitalised name left before
    it."""
    while True:
        line_start = max(s, text.rfind("\n", s, e) + 1)
        last = None
        for m in SENTENCE_START.finditer(text, line_start, e):
            last = m
        if last is None:
            return e
        sentence = text[last.end() : e].strip(" .;,")
        head = text[s : last.start("gap")]
        if (
            len(sentence.split()) < 2  # "Thür. Wald": an abbreviation's stop, a name's word
            # "...; in rupibus; 1200 m": the site and the height go on, as keyers take them
            or re.search(r"\d", sentence) is not None
            # "...; Sampleton, on boulders in pasture": a place's name, then its site
            or (
                (named := _NAME_THEN_SITE.match(sentence)) is not None
                and not HABITAT_WORDS.fullmatch(named["name"])
            )
            or not habitat_line(sentence)
            or not re.search(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}", head)
        ):
            return e
        e = last.start("gap")


# A site's preposition left open at a line's end after a comma ("..., 4000 ft., on")
OPEN_SITE = re.compile(r"[ \t]*,[ \t]*(?P<site>" + cue_pattern("site") + r")[ \t]*\n?[ \t]*$")
# A word or two in lower case left open after a comma at a line's end ("..., kuiva"), the start
# of the site that the line under it, in lower case, ends
OPEN_SITE_WORDS = re.compile(
    r"[ \t]*,[ \t]*(?P<site>[a-zà-ÿ]{3,}(?:[ \t]+[a-zà-ÿ]{3,})?)[ \t]*\n?[ \t]*$"
)


def _end_stripped(text: str, s: int, e: int) -> int:
    """The end of `text[s:e]` before the blanks and punctuation that close it."""
    while e > s and text[e - 1] in " ,;:-\n\t":
        e -= 1
    return e


# What may be left between claimed spans at a block's end: punctuation and the keys of a date
# or a collector ("12.VI.1956 leg. K. Muster", "12.VII.1965 Собр. И. Иванов")
_KEYS_LEFT = re.compile(r"[\W_]*(?:" + cue_pattern("stop") + r"[\W_]*)?", re.IGNORECASE)


# A collector's key ending a block, the name after it claimed and cut off
_KEY_AT_END = re.compile(
    r"[\s,;]+" + cue_pattern("stop", inline=True, names=True) + r"[\W_]*$", re.IGNORECASE
)


# A collector's key, perhaps, then a name, in brackets or not, after a date ("(K. Muster)")
_PERSON_LEFT = re.compile(
    r"[\s,;:]*(?:" + cue_pattern("stop") + r")?[\s.,;:]*\(?([^()]+)\)?\s*", re.IGNORECASE
)


def _person_left(rest: str) -> bool:
    """Whether `rest`, what follows a claimed date at a block's end, is a person's name the
    collectors' rule left, perhaps in brackets ("12.iii.1921 (K. Muster)")."""
    m = _PERSON_LEFT.fullmatch(rest)
    return m is not None and PERSON_LINE.fullmatch(m.group(1).strip()) is not None


def before_person_tail(text: str, s: int, e: int) -> int:
    """Where the line `text[s:e]` ends before the collector's name and number that close it after
    a comma ("Java: Exempla, 1500 m, K. Muster 1234", "Env. de Sampleville, K. Muster n° 123",
    "Exempla, Sampleby, Muster 1234", "..., niitty. K. Muster"), the other fields' rules having
    left them; not a place's
    name with a small number ("Exempla, Camp 12"), nor a list of places."""
    # a name and a number are short: the commas of the line's last 60 characters only
    start = max(s, e - 60)
    for m in re.finditer(r"[,;]|(?<=[^\W\d_]{3})\.(?=[ \t])", text[start:e]):
        tail = text[start + m.end() : e].strip()
        if not tail or GEO_WORDS.search(tail):
            continue
        if m.group(0) == ".":
            # "Ta: Sampola, Exempelby, niitty. K. Muster": a sentence's end, then initials and a
            # surname alone (a word's stop, not an initial's: "St. Exampla" is a place)
            if PERSON_LINE.fullmatch(tail) and re.match(r"(?:[A-Z]\.\s?){1,3}[A-Z]", tail):
                return start + m.end()
            continue
        # the number's key left once the number was claimed ("K. Muster n°")
        bare = re.sub(r"\s+(?:n[°º]|No\.?|Nr\.?)$", "", tail)
        numbered = bare != tail or re.search(r"\d", tail) is not None
        if numbered and PERSON_LINE.fullmatch(bare):
            return start + m.start()
        # surnames alone before a field number of three figures or more, no list of places
        if "," not in tail and TEAM_NUMBER.fullmatch(tail) and re.search(r"\d{3}", tail):
            return start + m.start()
    return e


# A county's word, as on the county and state heading a US sheet's locality
_COUNTY_WORD = re.compile(r"\b(?:Co\.|CO\.|County|COUNTY|Parish)")


# A place's name (capitalised words, none of them a habitat's) before a comma or a semicolon and
# a lower-case site ("Sampleton, on granite", "cerca de / Sampleton; bosque húmedo")
_NAME_THEN_SITE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'.-]+(?:[ \t][A-ZÀ-Þ][\w'.-]+){0,2})[,;][ \t]+(?=[a-zà-ÿ])"
)


# The end of a word carried over from the line above, before the site's comma ("ton, ad ripas")
_CARRIED_WORD = re.compile(r"(?P<name>[^\W\d_]+)[,;][ \t]+")


# A bracket closing a block ("Sampleton (K. Muster)")
_BRACKET_TAIL = re.compile(r"\s*\((?P<name>[^()\n]{3,40})\)\W*$")


# A name shortened to its consonants ("Krth.", "Hsk.", "Bl."), as old sheets write a collector's
_CONSONANTS = re.compile(r"\s*[A-Z][b-df-hj-np-tv-xz]{1,5}\.\s*")


def before_number_tail(text: str, s: int, e: int) -> int:
    """Where the locality `text[s:e]` ends before the number of one to three figures (or a year's
    last two after an apostrophe) that closes its last line after a place's name in a few
    capitalised words ("Sampleton 98", "Probe Wood 12", "Beeby '03"): an insect pin's number or a
    year cut short, no part of the place's name; not a place counted by its number ("Camp 12",
    "km 86", "Plot 7", "Hill 45": the words of data/place_words.csv kinds geo, unit and
    numbered). `e` where none closes it."""
    start = max(s, text.rfind("\n", s, e) + 1)
    m = _NUMBER_TAIL.search(text, start, e)
    if m is None:
        return e
    # (its letters as the OCR may have read them: "Probeha1n 12")
    words = re.findall(r"[^\W\d_][\w'’.-]*", small_letters_mended(text[start : m.start()]))
    if not 1 <= len(words) <= 4 or not all(
        w[:1].isupper() or PLACE_SMALL_WORD.fullmatch(w) for w in words
    ):
        return e
    last = words[-1]
    if (
        _NAME_WORD.fullmatch(last) is None
        or GEO_WORDS.fullmatch(last)
        or _NUMBERED.fullmatch(last.rstrip("."))
    ):
        return e  # ("VC 29", "TL 45", "v.c. 12": a code's number)
    return m.start()


# A number closing a line after a word: one to three figures, or two after an apostrophe
_NUMBER_TAIL = re.compile(
    r"(?<=[^\W\d_.])[ \t]+(?:['’]\d\d|\d{1,3}"
    # or a month and a year cut short ("Probe Wood 7.98", "Sampleton vi.98")
    r"|(?:\d{1,2}|(?i:[ivx]{1,4}))[ \t]?[./-][ \t]?['’]?\d\d)\.?[ \t]*$"
)
# A name's word: capitalised, or in capitals of four letters or more (not a code: "VC", "TL")
_NAME_WORD = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ'’]{2,}(?:-[^\W\d_]+)*|[A-ZÀ-Þ][A-ZÀ-Þ'’]{3,}(?:-[^\W\d_]+)*"
)
# The words a place's number follows ("Camp 12", "Plot 7", "Sec. 14"), any case
_NUMBERED = re.compile(place_words("numbered", "unit"), re.IGNORECASE)


# A number before a capitalised name that is no measure ("703 Exempla", not "5 Mile Creek")
_NUMBER_HEAD = re.compile(
    r"\d{1,6}[ \t]+(?=[A-ZÀ-Þ][a-zà-ÿ]{2,}|[A-ZÀ-Þ]{3,})(?!(?i:mile|miles|km|mi|ft|feet|m)\b)"
)
